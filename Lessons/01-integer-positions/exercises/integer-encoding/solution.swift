/// Adds each token's position (its row index, from 0) to every coordinate of its embedding.
func addIntegerPositions(_ embeddings: [[Double]]) -> [[Double]] {
    embeddings.enumerated().map { position, embedding in
        embedding.map { $0 + Double(position) }
    }
}
