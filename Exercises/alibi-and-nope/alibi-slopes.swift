import Foundation

/// The ALiBi slopes of a model with `heads` heads, in head order, as the reference code computes them.
func alibiSlopes(heads: Int) -> [Double] {
    // TODO: the geometric sequence 2^(−8h/n) for a power of two n; otherwise the slopes of the
    // largest power of two below `heads`, followed by in-between slopes from the next one.
    return []
}
