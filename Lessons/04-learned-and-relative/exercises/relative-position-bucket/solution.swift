import Foundation

/// T5's relative position bucket (Mesh TensorFlow's `_relative_position_bucket`).
/// `relativePosition` is key position − query position.
func relativePositionBucket(_ relativePosition: Int, bidirectional: Bool,
                            numBuckets: Int = 32, maxDistance: Int = 128) -> Int {
    var bucket = 0
    var distance = -relativePosition            // > 0: the key is before the query
    var buckets = numBuckets
    if bidirectional {
        buckets /= 2
        if distance < 0 { bucket += buckets }   // keys after the query: upper half
        distance = abs(distance)
    } else {
        distance = max(distance, 0)             // keys after the query: bucket 0
    }
    let maxExact = buckets / 2
    if distance < maxExact { return bucket + distance }
    let fraction = log(Double(distance) / Double(maxExact)) / log(Double(maxDistance) / Double(maxExact))
    let logarithmic = maxExact + Int(fraction * Double(buckets - maxExact))
    return bucket + min(logarithmic, buckets - 1)
}
