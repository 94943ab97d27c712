func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    var result: [Double] = []
    for x in vector { result.append(x * factor) }
    return result
}
