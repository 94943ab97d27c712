import Foundation
import CourseCheck

// Expected ids: the docstring of get_rope_index in Hugging Face's modeling_qwen2_vl.py (a 3×2×2
// video, then 5 text tokens: text from 3 to 7), and two prompts worked out by hand from the
// rules; the property checks use the grader's own loop over the rules. Angles by hand for
// sections [1, 1, 2] and base 10,000 (θ = 1, 0.1, 0.01, 0.001) and with Python for the others.
//
// Ids are integers and compared exactly. Angles: relative 1e-12 (one pow and one product).
//
// Predictions, by hand from the rules: [[10], [1, 4, 8], [3]] has text 0–9, an image from 10
// (heights 10–13, widths 10–17, so the last patch has width id 17), text again from 18 to 20, so
// the next position is 21, for 10 + 32 + 3 = 45 tokens: delta 21 − 45 = −24. [[3], [6, 2, 2]]: the
// video starts at 3 and its sixth frame group has temporal id 3 + 5 = 8. The grader's own loop,
// MRoPEReference.positions, gives the same ids. Compared exactly.

/// Helpers for the checks, in a namespace so they cannot clash with the learner's names.
enum MRoPEReference {
    /// The rules of the lesson, written out independently: (ids, next position).
    static func positions(_ segments: [[Int]]) -> ([[Int]], Int) {
        var ids: [[Int]] = [[], [], []]
        var largest = -1
        for segment in segments {
            let start = largest + 1
            if segment.count == 1 {
                for offset in 0..<segment[0] { for axis in 0..<3 { ids[axis].append(start + offset) } }
            } else {
                for frame in 0..<segment[0] { for row in 0..<segment[1] { for column in 0..<segment[2] {
                    ids[0].append(start + frame); ids[1].append(start + row); ids[2].append(start + column)
                } } }
            }
            largest = ids.map { $0.max()! }.max()!
        }
        return (ids, largest + 1)
    }
    static func randomSegments(_ random: inout SeededRandom) -> [[Int]] {
        (0..<random.int(in: 1...6)).map { _ in
            random.bool() ? [random.int(in: 1...7)] : [random.int(in: 1...3), random.int(in: 1...5), random.int(in: 1...5)]
        }
    }
}

let checks: [Check] = [
    Check("the reference code's example: a 3×2×2 video, then 5 text tokens", points: 2,
          hint: "Vision tokens list frame groups, then rows, then columns; text resumes at one more than the largest vision id.") {
        expectEqual(mropePositions(segments: [[3, 2, 2], [5]]),
                    [[0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 5, 6, 7],
                     [0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 3, 4, 5, 6, 7],
                     [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 3, 4, 5, 6, 7]],
                    call: "mropePositions(segments: [[3, 2, 2], [5]])")
        expectEqual(mropeNextPosition(segments: [[3, 2, 2], [5]]), 8, call: "mropeNextPosition(segments: [[3, 2, 2], [5]])")
    },
    Check("text, an image, text; and a video followed by an image", points: 2,
          hint: "A block after text starts all three axes at the next text position.") {
        // By hand: text 0, 1; image 1×2×3 starts at 2 (heights 2–3, widths 2–4); text resumes at 5.
        expectEqual(mropePositions(segments: [[2], [1, 2, 3], [2]]),
                    [[0, 1, 2, 2, 2, 2, 2, 2, 5, 6], [0, 1, 2, 2, 2, 3, 3, 3, 5, 6], [0, 1, 2, 3, 4, 2, 3, 4, 5, 6]],
                    call: "mropePositions(segments: [[2], [1, 2, 3], [2]])")
        expectEqual(mropeNextPosition(segments: [[2], [1, 2, 3], [2]]), 7, call: "mropeNextPosition(segments: [[2], [1, 2, 3], [2]])")
        // By hand: text 0; video 2×2×2 from 1 (ids 1–2); image 1×1×3 from 3 (widths 3–5); text 6.
        expectEqual(mropePositions(segments: [[1], [2, 2, 2], [1, 1, 3], [1]]),
                    [[0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 6], [0, 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 3, 6],
                     [0, 1, 2, 1, 2, 1, 2, 1, 2, 3, 4, 5, 6]],
                    call: "mropePositions(segments: [[1], [2, 2, 2], [1, 1, 3], [1]])")
        expectEqual(mropeNextPosition(segments: [[1], [2, 2, 2], [1, 1, 3], [1]]), 7,
                    call: "mropeNextPosition(segments: [[1], [2, 2, 2], [1, 1, 3], [1]])")
    },
    Check.property("text only: ordinary positions on all three axes", points: 1, cases: 50,
                   hint: "Consecutive text runs simply continue counting.") { random in
        let runs = (0..<random.int(in: 1...4)).map { _ in [random.int(in: 1...20)] }
        let count = runs.reduce(0) { $0 + $1[0] }
        let line = Array(0..<count)
        expectEqual(mropePositions(segments: runs), [line, line, line], call: "mropePositions(segments: \(runs))")
        expectEqual(mropeNextPosition(segments: runs), count, call: "mropeNextPosition(segments: \(runs))")
    },
    Check.property("random prompts of text, images and videos", points: 2, cases: 100,
                   hint: "Each segment starts at one more than the largest id of everything before it.") { random in
        let segments = MRoPEReference.randomSegments(&random)
        let (ids, next) = MRoPEReference.positions(segments)
        expectEqual(mropePositions(segments: segments), ids, call: "mropePositions(segments: \(segments))")
        expectEqual(mropeNextPosition(segments: segments), next, call: "mropeNextPosition(segments: \(segments))")
    },
    Check("angles by hand and with Python", points: 1,
          hint: "θ_j = base^(−j/F) with F the total of the sections; frequency j uses the id of its section.") {
        expectClose(mropeAngles(temporal: 3, height: 5, width: 7, sections: [1, 1, 2], base: 10_000), [3, 0.5, 0.07, 0.007],
                    tolerance: .relative(1e-12), call: "mropeAngles(temporal: 3, height: 5, width: 7, sections: [1, 1, 2], base: 10_000)")
        expectClose(mropeAngles(temporal: 2, height: 9, width: 4, sections: [2, 3, 3], base: 1_000_000),
                    [2.0, 0.3556558820077846, 0.2846049894151541, 0.05061071926713142, 0.009000000000000001,
                     0.0007113117640155691, 0.00012649110640673518, 2.2493653007613965e-05],
                    tolerance: .relative(1e-12), call: "mropeAngles(temporal: 2, height: 9, width: 4, sections: [2, 3, 3], base: 1_000_000)")
    },
    Check.property("a text token gets the angles of 1-D RoPE; each id moves only its own section", points: 2, cases: 100,
                   hint: "With equal ids the sections do not matter; with different ids, only the section of the id that changed moves.") { random in
        let sections = [random.int(in: 1...16), random.int(in: 1...24), random.int(in: 1...24)]
        let f = sections.reduce(0, +)
        let p = random.int(in: 1...5000)
        let text = mropeAngles(temporal: p, height: p, width: p, sections: sections, base: 1_000_000)
        expectClose(text, (0..<f).map { Double(p) * pow(1_000_000, -Double($0) / Double(f)) }, tolerance: .relative(1e-12),
                    call: "mropeAngles(temporal: \(p), height: \(p), width: \(p), sections: \(sections), base: 1_000_000)")
        let moved = mropeAngles(temporal: p, height: p + 7, width: p, sections: sections, base: 1_000_000)
        guard moved.count == f, text.count == f else { return }
        let heightRange = sections[0]..<(sections[0] + sections[1])
        for j in 0..<f {
            if heightRange.contains(j) {
                expectTrue(abs(moved[j] - text[j]) > 0, "frequency \(j) turns with the height id, so its angle must change",
                           call: "mropeAngles(temporal: \(p), height: \(p + 7), width: \(p), sections: \(sections), base: 1_000_000)")
            } else {
                expectClose(moved[j], text[j], tolerance: .relative(1e-12),
                            call: "mropeAngles(temporal: \(p), height: \(p + 7), width: \(p), sections: \(sections), base: 1_000_000)[\(j)]")
            }
        }
    },
    Check("your four predictions", points: 2,
          hint: "Keep the largest id so far: a block starts one after it. An image of h × w patches uses max(h, w) positions on the line of ids, not h · w; a video's temporal id counts frame groups.") {
        expectEqual(mropePredictions(), [17, 21, -24, 8], call: "mropePredictions()")
    },
]
