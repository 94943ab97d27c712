import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Transforms every element on up to `width` threads; results keep the array's order.
    ///
    /// Workers take the next unclaimed index until none is left, so one slow element (a
    /// lesson whose code takes seconds) never holds up the others queued behind it.
    public func parallelMap<Result: Sendable>(
        width: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: Swift.min(Swift.max(width, 1), count)) { _ in
            while let index = slots.claimNextIndex() {
                slots.store(transform(self[index]), at: index)
            }
        }
        return slots.values
    }
}

/// Result slots that workers fill, each index claimed by exactly one worker.
private final class Slots<Value>: @unchecked Sendable {
    private var values_: [Value?]
    private var nextIndex = 0
    private let lock = NSLock()

    init(count: Int) { values_ = Array(repeating: nil, count: count) }

    func claimNextIndex() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < values_.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        values_[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values_.map { $0! }
    }
}
