func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    scaled(vector + [factor], by: factor)
}
