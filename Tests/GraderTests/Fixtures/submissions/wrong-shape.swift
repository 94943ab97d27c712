func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    Array(vector.map { $0 * factor }.dropLast())
}
