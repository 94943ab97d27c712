/// The `bits` binary digits of `position` as 0.0 or 1.0, lowest bit first;
/// `[]` when the position does not fit in `bits` digits.
func binaryEncoding(position: Int, bits: Int) -> [Double] {
    // TODO: element i is bit i of position; reject a position that does not fit.
    return []
}
