/// Adds each token's position (its row index, from 0) to every coordinate of its embedding.
func addIntegerPositions(_ embeddings: [[Double]]) -> [[Double]] {
    // TODO: add p to every coordinate of row p.
    return embeddings
}
