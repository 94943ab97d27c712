import Foundation

/// T5's relative position bucket (Mesh TensorFlow's `_relative_position_bucket`).
/// `relativePosition` is key position − query position.
func relativePositionBucket(_ relativePosition: Int, bidirectional: Bool,
                            numBuckets: Int = 32, maxDistance: Int = 128) -> Int {
    // TODO: turn the relative position into a distance n, pick the half (bidirectional),
    // then an exact bucket for small n and a logarithmic one for large n.
    return 0
}
