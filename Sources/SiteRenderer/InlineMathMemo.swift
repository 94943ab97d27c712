import Foundation
import TeXMath

/// Short inline formulas already rendered in this build, shared by the lessons rendering in
/// parallel: a course writes $`d`$, $`\theta_i`$ or $`q_m`$ hundreds of times (this course:
/// 1,525 inline formulas, 756 distinct), and each is parsed and written once.
///
/// Only short formulas are kept, and only so many, so the memo stays a few hundred kilobytes
/// however large the course; display equations are rarely repeated and are not kept.
final class InlineMathMemo: @unchecked Sendable {
    static let longestKept = 48
    static let mostKept = 4_096

    private let lock = NSLock()
    private var rendered: [String: RenderedMath] = [:]

    /// The rendering of `tex`, from the memo or rendered now (errors are not kept: their
    /// positions belong to where each occurs).
    func render(_ tex: String) throws(MathError) -> RenderedMath {
        guard tex.utf8.count <= Self.longestKept else { return try MathRenderer.render(tex, display: false) }
        if let known = lock.withLock({ rendered[tex] }) { return known }
        let math = try MathRenderer.render(tex, display: false)
        lock.withLock {
            if rendered.count < Self.mostKept { rendered[tex] = math }
        }
        return math
    }
}
