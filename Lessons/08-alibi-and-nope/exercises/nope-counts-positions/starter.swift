/// The marker coordinate of a uniform head's output at each position (causal or not).
func uniformHeadMarker(length: Int, marker: Double, causal: Bool) -> [Double] {
    // TODO: every score is equal; which tokens does position i see, and which carry the marker?
    return []
}

/// The position of each token, from the marker outputs of the causal uniform head (any order).
func positionsFromMarker(_ outputs: [Double], marker: Double) -> [Int] {
    // TODO: invert what uniformHeadMarker computes for causal = true.
    return []
}
