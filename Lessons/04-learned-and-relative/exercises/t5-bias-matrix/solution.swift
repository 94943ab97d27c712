import Foundation

/// The lesson's port of Mesh TensorFlow's `_relative_position_bucket`.
/// `relativePosition` is key position − query position.
func relativePositionBucket(_ relativePosition: Int, bidirectional: Bool,
                            numBuckets: Int = 32, maxDistance: Int = 128) -> Int {
    var ret = 0
    var n = -relativePosition
    var buckets = numBuckets
    if bidirectional {
        buckets /= 2
        if n < 0 { ret += buckets }
        n = abs(n)
    } else {
        n = max(n, 0)
    }
    let maxExact = buckets / 2
    if n < maxExact { return ret + n }
    let scaled = log(Double(n) / Double(maxExact)) / log(Double(maxDistance) / Double(maxExact))
    return ret + min(maxExact + Int(scaled * Double(buckets - maxExact)), buckets - 1)
}

/// The `length` × `length` bias matrix of one head: row = query position i,
/// column = key position j, entry table[bucket(j − i)].
func t5BiasMatrix(length: Int, table: [Double], bidirectional: Bool,
                  maxDistance: Int = 128) -> [[Double]] {
    (0..<length).map { query in
        (0..<length).map { key in
            table[relativePositionBucket(key - query, bidirectional: bidirectional,
                                         numBuckets: table.count, maxDistance: maxDistance)]
        }
    }
}
