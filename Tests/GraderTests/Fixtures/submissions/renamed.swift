func scale(_ vector: [Double], by factor: Double) -> [Double] {
    vector.map { $0 * factor }
}
