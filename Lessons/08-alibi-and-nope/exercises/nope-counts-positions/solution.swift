/// The marker coordinate of a uniform head's output at each position (causal or not).
func uniformHeadMarker(length: Int, marker: Double, causal: Bool) -> [Double] {
    // Equal scores give equal weights: 1/(number of visible tokens). Exactly one visible token,
    // the first, carries the marker. With the mask position i sees i + 1 tokens; without it,
    // every position sees all of them.
    (0..<length).map { i in marker / Double(causal ? i + 1 : length) }
}

/// The position of each token, from the marker outputs of the causal uniform head (any order).
func positionsFromMarker(_ outputs: [Double], marker: Double) -> [Int] {
    // output = marker / (i + 1), so i = marker / output − 1; rounding absorbs small errors.
    outputs.map { Int((marker / $0).rounded()) - 1 }
}
