func negated(_ x: Int) -> Int {
    -x
}
