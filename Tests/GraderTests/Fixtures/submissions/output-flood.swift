func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    while true { print("all work and no play makes Jack a dull boy") }
}
