import Foundation

/// Results of earlier runs, keyed by a digest of everything that decides a result: the graded
/// file, the checks, the CourseCheck build, the compiler and the limits.
///
/// An unchanged exercise is therefore re-graded without compiling or running anything.
public struct GradeCache: Sendable {
    /// The folder holding one JSON file per key.
    public let directory: String

    /// Creates a cache stored in `directory` (created on first write).
    public init(directory: String) {
        self.directory = directory
    }

    func load(_ key: String) -> ExerciseResult? {
        guard let data = FileManager.default.contents(atPath: path(key)) else { return nil }
        return try? JSONDecoder().decode(ExerciseResult.self, from: data)
    }

    func store(_ result: ExerciseResult, for key: String) {
        // Timeouts and limit hits can depend on how busy the machine is; run those again.
        guard result.outcome != .timedOut && result.outcome != .resourceLimit else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(result) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Write then rename, so a reader never sees half a file.
        let temporary = path(key) + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))"
        if FileManager.default.createFile(atPath: temporary, contents: data) {
            _ = rename(temporary, path(key))
        }
    }

    private func path(_ key: String) -> String { "\(directory)/\(key).json" }
}
