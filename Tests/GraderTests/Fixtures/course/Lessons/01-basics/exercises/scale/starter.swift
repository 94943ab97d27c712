func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    // TODO: multiply each element by factor.
    return vector
}
