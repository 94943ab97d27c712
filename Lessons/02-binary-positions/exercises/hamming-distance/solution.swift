/// The number of bits in which the binary codes of positions `p` and `q` differ.
func hammingDistance(_ p: Int, _ q: Int) -> Int {
    (p ^ q).nonzeroBitCount
}
