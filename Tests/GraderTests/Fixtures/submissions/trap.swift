func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    var result: [Double] = []
    for i in 0...vector.count { result.append(vector[i] * factor) }
    return result
}
