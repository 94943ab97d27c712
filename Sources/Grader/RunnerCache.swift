import ContentHash
import CourseModel
import Foundation
import Sandbox
import SwiftToolchain

/// Compiled checks programs, one per (checks, declared functions, libraries, compiler).
///
/// The checks' program does not depend on the learner's file, so it is compiled once per
/// exercise and reused by every grading: a learner's re-grade compiles only their own file
/// and the small dispatcher. Entries are written by the grader only, into a staging folder
/// renamed into place, in a cache folder learner code never sees.
struct RunnerCache: Sendable {
    let directory: String
    let tools: GradingTools

    /// Why the checks did not compile.
    struct Problem: Error {
        let details: [String]
    }

    /// The path of the checks program for `exercise`, compiled if not cached.
    ///
    /// `hidden` is the exercise's `hidden.swift`, compiled in when present.
    func runner(for exercise: Exercise, checks: Data, hidden: Data?, api: ExerciseAPI, work: String) -> Result<String, Problem> {
        let proxies = GeneratedSources.proxies(api)
        let main = GeneratedSources.runnerMain(withHiddenChecks: hidden != nil)
        var hasher = SHA256()
        for part in [tools.toolchain.version, tools.courseCheck.fingerprint, tools.courseWire.fingerprint, proxies, main] {
            hasher.update(part)
            hasher.update([0])
        }
        hasher.update(Array(checks))
        if let hidden {
            hasher.update([0])
            hasher.update(Array(hidden))
        }
        let key = hex(hasher.finalize())
        let folder = "\(directory)/\(key.prefix(32))"
        let program = folder + "/checks"
        let fileManager = FileManager.default
        if fileManager.isExecutableFile(atPath: program) { return .success(program) }

        let staging = "\(work)/checks"
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            try checks.write(to: URL(fileURLWithPath: staging + "/checks.swift"))
            try Data(proxies.utf8).write(to: URL(fileURLWithPath: staging + "/proxies.swift"))
            try Data(main.utf8).write(to: URL(fileURLWithPath: staging + "/main.swift"))
            if let hidden { try hidden.write(to: URL(fileURLWithPath: staging + "/hidden.swift")) }
        } catch {
            return .failure(Problem(details: ["cannot write the checks program's sources: \(error.localizedDescription)"]))
        }
        let compile: SandboxResult
        do throws(ToolchainError) {
            compile = try tools.toolchain.compile(
                [staging + "/checks.swift"] + (hidden != nil ? [staging + "/hidden.swift"] : [])
                    + [staging + "/proxies.swift", staging + "/main.swift"],
                libraries: [tools.courseCheck, tools.courseWire], moduleName: "Checks",
                output: staging + "/checks", in: staging)
        } catch {
            return .failure(Problem(details: [error.description]))
        }
        guard case .exited(0) = compile.ending else {
            let text = String(decoding: compile.stderr + compile.stdout, as: UTF8.self)
                .replacingOccurrences(of: staging + "/checks.swift", with: exercise.checksPath)
                .replacingOccurrences(of: staging + "/hidden.swift", with: exercise.hiddenChecksPath)
                .replacingOccurrences(of: staging + "/", with: "")
            let errors = text.split(separator: "\n").filter { $0.contains("error:") }.prefix(5).map(String.init)
            return .failure(Problem(details: errors.isEmpty ? [String(text.suffix(2_000))] : errors))
        }
        // Publish: a folder holding only the program, renamed into place; a concurrent
        // grader that won the race left an identical one.
        let publish = "\(directory)/.tmp-\(key.prefix(16))-\(UUID().uuidString)"
        do {
            try fileManager.createDirectory(atPath: publish, withIntermediateDirectories: true)
            try fileManager.moveItem(atPath: staging + "/checks", toPath: publish + "/checks")
            if rename(publish, folder) != 0 { try? fileManager.removeItem(atPath: publish) }
        } catch {
            try? fileManager.removeItem(atPath: publish)
            return .failure(Problem(details: ["cannot store the checks program: \(error.localizedDescription)"]))
        }
        return fileManager.isExecutableFile(atPath: program) ? .success(program)
            : .failure(Problem(details: ["the checks program vanished from the cache at \(program)"]))
    }
}
