import Foundation

/// Qwen2-VL's [temporal, height, width] position ids for a prompt of text runs [n] and vision blocks [t, h, w].
func mropePositions(segments: [[Int]]) -> [[Int]] {
    // TODO: every segment starts at one more than the largest id so far.
    return [[], [], []]
}

/// The position of the first token generated after the prompt.
func mropeNextPosition(segments: [[Int]]) -> Int {
    // TODO: not the number of tokens, in general.
    return 0
}

/// The F rotation angles of one token with ids (temporal, height, width), sections of the F frequencies.
func mropeAngles(temporal: Int, height: Int, width: Int, sections: [Int], base: Double) -> [Double] {
    // TODO: θ_j = base^(−j/F); frequency j turns with the id of its section.
    return []
}

/// Your four predictions, in the order of the statement, worked out before writing any code.
func mropePredictions() -> [Int] {
    // TODO: replace with your four numbers.
    return []
}
