/// The `bits` binary digits of `position` as 0.0 or 1.0, lowest bit first;
/// `[]` when the position does not fit in `bits` digits.
func binaryEncoding(position: Int, bits: Int) -> [Double] {
    // 1 << 63 overflows Int, and every non-negative Int fits in 63 bits.
    guard bits >= 63 || position < (1 << bits) else { return [] }
    return (0..<bits).map { i in Double((position >> i) & 1) }
}
