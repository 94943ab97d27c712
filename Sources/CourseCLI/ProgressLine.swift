import Foundation
import Grader

/// A one-line "grading 2/7: rotary-idea/rotate-pair…" status on a terminal's stderr,
/// rewritten in place and erased at the end.
final class ProgressLine: @unchecked Sendable {
    private let isEnabled: Bool
    private let total: Int
    private var finished = 0
    private var running: [String] = []
    private let lock = NSLock()

    init(isEnabled: Bool, total: Int) {
        self.isEnabled = isEnabled
        self.total = total
    }

    func update(_ event: GradeEvent) {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .started(let exercise): running.append(exercise.id)
        case .finished(let result):
            finished += 1
            running.removeAll { $0 == result.exerciseID }
        }
        let current = running.isEmpty ? "" : ": compiling " + running.joined(separator: ", ")
        FileHandle.standardError.write(Data("\r\u{1B}[2Kgrading \(finished)/\(total)\(current)…".utf8))
    }

    func clear() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
