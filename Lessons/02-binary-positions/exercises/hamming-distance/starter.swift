/// The number of bits in which the binary codes of positions `p` and `q` differ.
func hammingDistance(_ p: Int, _ q: Int) -> Int {
    // TODO: count the bit positions where p and q differ.
    return 0
}
