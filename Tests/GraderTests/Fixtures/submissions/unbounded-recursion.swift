func countDown(_ n: Int) -> Int {
    // Forgot the base case: recurses until the stack runs out.
    countDown(n - 1) + 1
}

func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    vector.map { $0 * factor * Double(countDown(Int($0))) }
}
