import Foundation

/// Runs a deeply nested formula's rendering on a thread of its own, with a stack that fits
/// ``TeXParser/maxNestingDepth`` levels in any build.
///
/// The parser is a recursive descent, so each level of nesting costs stack: measured on this
/// code, up to ~12 KiB a level in a debug build, more with the address sanitizer of the fuzz
/// targets, less in release. Formulas deeper than the caller's budget (20 to 40
/// levels in debug) are rare, so they alone pay for a thread; the stack is reserved, not
/// touched, so only the pages the parse uses cost memory.
enum DeepStack {
    /// The thread's stack, reserved rather than touched: 1,000 levels with the address
    /// sanitizer's frames (checked with every pattern of `NestingLimitTests`) use a small part.
    static let stackSize = 256 * 1024 * 1024
    /// What the parse may use of it (~100 KiB a level at the limit, ten times a debug build's
    /// worst); the rest is for the writer and the release of the tree, which recurse as deep as
    /// the parse did with smaller frames.
    static let parseBudget = 96 * 1024 * 1024

    /// `body`'s result, computed on a new thread with a ``stackSize`` stack.
    static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        // The semaphore orders the thread's write before this read.
        return box.value!
    }
}

/// Carries one result from the deep-stack thread back to its caller, which waits for it.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
