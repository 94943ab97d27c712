import Foundation
import Gradebook

/// A progress bar with an ETA for `course gradebook` on a terminal's stderr, rewritten in
/// place and erased at the end: "[██████░░░░░░░░░░░░░░] 212/738 gradings · 11/40 learners ·
/// 2 running · 3:41 left".
final class GradebookProgress: @unchecked Sendable {
    private let isEnabled: Bool
    private let estimate: GradingETA
    private let learners: Int
    private let start = Date()
    // Guarded by `lock`.
    private let lock = NSLock()
    private var done = 0
    private var cached = 0
    private var running = 0
    private var learnersDone: Int

    init(isEnabled: Bool, jobs: Int, learners: Int, learnersDone: Int) {
        self.isEnabled = isEnabled
        estimate = GradingETA(total: jobs)
        self.learners = learners
        self.learnersDone = learnersDone
    }

    func started() {
        update { $0.running += 1 }
    }

    func finished(cached wasCached: Bool, learnersDone nowDone: Int) {
        update { progress in
            progress.running = max(0, progress.running - 1)
            progress.done += 1
            if wasCached { progress.cached += 1 }
            progress.learnersDone = nowDone
        }
    }

    func clear() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    private func update(_ change: (GradebookProgress) -> Void) {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        change(self)
        let total = max(estimate.total, 1)
        let filled = done * 20 / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
        let left = estimate.secondsLeft(elapsed: Date().timeIntervalSince(start), done: done, cached: cached)
            .map { " · \(GradingETA.clock($0)) left" } ?? ""
        let line = "[\(bar)] \(done)/\(estimate.total) gradings · \(learnersDone)/\(learners) learners · \(running) running\(left)"
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
    }
}
