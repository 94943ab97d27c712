import Foundation

/// The softmax of every row of `scores`, each row on its own.
func rowSoftmax(_ scores: [[Double]]) -> [[Double]] {
    // TODO: exponentiate each row's entries and divide by the row's sum,
    // without overflowing for large scores.
    return scores
}
