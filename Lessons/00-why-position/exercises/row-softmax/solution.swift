import Foundation

/// The softmax of every row of `scores`, each row on its own.
func rowSoftmax(_ scores: [[Double]]) -> [[Double]] {
    scores.map { row in
        // Subtracting the row's maximum leaves the softmax unchanged and keeps every
        // exponent ≤ 0, so exp never overflows and the sum is at least 1.
        let largest = row.max() ?? 0
        let exponentials = row.map { exp($0 - largest) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}
