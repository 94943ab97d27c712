/// The lowest `bits` binary digits of `position` as 0.0 or 1.0, lowest bit first.
func binaryEncoding(position: Int, bits: Int) -> [Double] {
    // TODO: element i is bit i of position.
    return []
}
