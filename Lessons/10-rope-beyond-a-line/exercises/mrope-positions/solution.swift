import Foundation

/// Qwen2-VL's [temporal, height, width] position ids for a prompt of text runs [n] and vision blocks [t, h, w].
func mropePositions(segments: [[Int]]) -> [[Int]] {
    var ids: [[Int]] = [[], [], []]
    var start = 0  // one more than the largest id so far
    for segment in segments {
        if segment.count == 1 {
            for p in start..<(start + segment[0]) {
                ids[0].append(p); ids[1].append(p); ids[2].append(p)
            }
            start += segment[0]
        } else {
            let (t, h, w) = (segment[0], segment[1], segment[2])
            for frame in 0..<t {
                for row in 0..<h {
                    for column in 0..<w {
                        ids[0].append(start + frame); ids[1].append(start + row); ids[2].append(start + column)
                    }
                }
            }
            start += max(t, h, w)
        }
    }
    return ids
}

/// The position of the first token generated after the prompt.
func mropeNextPosition(segments: [[Int]]) -> Int {
    segments.reduce(0) { start, segment in start + (segment.count == 1 ? segment[0] : segment.max()!) }
}

/// The F rotation angles of one token with ids (temporal, height, width), sections of the F frequencies.
func mropeAngles(temporal: Int, height: Int, width: Int, sections: [Int], base: Double) -> [Double] {
    let f = sections.reduce(0, +)
    return (0..<f).map { j in
        let id = j < sections[0] ? temporal : (j < sections[0] + sections[1] ? height : width)
        return Double(id) * pow(base, -Double(j) / Double(f))
    }
}

/// Your four predictions, in the order of the statement, worked out before writing any code.
func mropePredictions() -> [Int] {
    // 1. The image starts at 10 on every axis; its last column is 7: width id 17.
    // 2. Text resumes at 18 (one more than 17) and runs 18, 19, 20: the next position is 21.
    // 3. 10 + 4 · 8 + 3 = 45 tokens: 21 − 45 = −24.
    // 4. The video starts at 3; frame groups 0 … 5 give temporal ids 3 … 8.
    [17, 21, -24, 8]
}
