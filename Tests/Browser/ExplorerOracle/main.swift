// The course's own Swift results for the explorers' numbers, computed by the exercises'
// reference solutions, which are compiled in beside this file:
//   Lessons/03-sinusoidal/exercises/sinusoidal-encoding/solution.swift   sinusoidalEncoding
//   Lessons/04-learned-and-relative/exercises/relative-position-bucket/solution.swift
//                                                                         relativePositionBucket
//   Lessons/05-rotary-idea/exercises/rope-interleaved/solution.swift      applyRoPE
//   Lessons/05-rotary-idea/exercises/rotate-pair/solution.swift           rotatePair
// Reads a table of inputs as JSON on stdin and prints one JSON object of results on stdout.
// Numbers an explorer shows that the solutions do not return directly are derived from what
// they return, never recomputed with the formula: a pair's frequency is the angle by which
// position 1 turns it (atan2 of the solution's output), an angle at position p is read off the
// rotated unit vector, a pair's term of the score is taken from the rotated vectors.
// Doubles are printed with Swift's shortest round-trip representation, so nothing is lost.
import Foundation

struct Table: Decodable {
    struct Rope: Decodable {
        let dimension: Int, base: Double, pair: Int, m: Int, n: Int
        let q: [Double], k: [Double]
    }
    struct RotatePair: Decodable { let v: [Double], position: Int, theta: Double }
    struct Sinusoid: Decodable { let dimension: Int, base: Double, position: Int }
    struct Buckets: Decodable { let buckets: Int, maxDistance: Int, bidirectional: Bool, relatives: [Int] }
    let rope: [Rope]
    let rotatePair: [RotatePair]
    let sinusoid: [Sinusoid]
    let t5: [Buckets]
}

func json(_ x: Double) -> String {
    precondition(x.isFinite, "the explorers' inputs give finite results")
    return "\(x)"
}
func json(_ xs: [Double]) -> String { "[" + xs.map(json).joined(separator: ",") + "]" }
func json(_ xs: [Int]) -> String { "[" + xs.map(String.init).joined(separator: ",") + "]" }
func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
}

/// The angle in (−π, π] by which pair `pair` of a vector turns: read from the pair's two
/// coordinates after a rotation of the unit vector (1, 0) in that pair.
func pairAngle(_ rotated: [Double], pair: Int) -> Double {
    atan2(rotated[2 * pair + 1], rotated[2 * pair])
}

let table = try JSONDecoder().decode(Table.self, from: FileHandle.standardInput.readDataToEndOfFile())

let rope = table.rope.map { row -> String in
    let queryRotated = applyRoPE(row.q, position: row.m, base: row.base)
    let keyRotated = applyRoPE(row.k, position: row.n, base: row.base)
    var score = 0.0
    for index in 0..<row.dimension { score += queryRotated[index] * keyRotated[index] }
    let i = row.pair
    let pairScore = queryRotated[2 * i] * keyRotated[2 * i] + queryRotated[2 * i + 1] * keyRotated[2 * i + 1]
    var unit = [Double](repeating: 0, count: row.dimension)
    unit[2 * i] = 1
    let theta = pairAngle(applyRoPE(unit, position: 1, base: row.base), pair: i)
    return object([
        ("score", json(score)), ("pairScore", json(pairScore)),
        ("queryRotated", json(queryRotated)), ("keyRotated", json(keyRotated)),
        ("theta", json(theta)),
        ("angleM", json(pairAngle(applyRoPE(unit, position: row.m, base: row.base), pair: i))),
        ("angleN", json(pairAngle(applyRoPE(unit, position: row.n, base: row.base), pair: i))),
    ])
}

let rotated = table.rotatePair.map { row in json(rotatePair(row.v, position: row.position, theta: row.theta)) }

let sinusoid = table.sinusoid.map { row -> String in
    let encoding = sinusoidalEncoding(position: row.position, dimension: row.dimension, base: row.base)
    let first = sinusoidalEncoding(position: 1, dimension: row.dimension, base: row.base)
    // PE(p, 2i) = sin(p ω_i), PE(p, 2i + 1) = cos(p ω_i): the angle is atan2(sin, cos).
    let frequencies = (0..<(row.dimension / 2)).map { atan2(first[2 * $0], first[2 * $0 + 1]) }
    let angles = (0..<(row.dimension / 2)).map { atan2(encoding[2 * $0], encoding[2 * $0 + 1]) }
    return object([("row", json(encoding)), ("frequencies", json(frequencies)), ("angles", json(angles))])
}

let t5 = table.t5.map { row in
    json(row.relatives.map {
        relativePositionBucket($0, bidirectional: row.bidirectional, numBuckets: row.buckets, maxDistance: row.maxDistance)
    })
}

print(object([
    ("rope", "[" + rope.joined(separator: ",") + "]"),
    ("rotatePair", "[" + rotated.joined(separator: ",") + "]"),
    ("sinusoid", "[" + sinusoid.joined(separator: ",") + "]"),
    ("t5", "[" + t5.joined(separator: ",") + "]"),
]))
