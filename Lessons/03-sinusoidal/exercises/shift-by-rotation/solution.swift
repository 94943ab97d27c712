import Foundation

/// The d×d block-diagonal matrix M(k) with PE(p + k) = M(k) · PE(p) for every position p.
func shiftMatrix(offset: Int, dimension: Int, base: Double = 10000) -> [[Double]] {
    var matrix = [[Double]](repeating: [Double](repeating: 0, count: dimension), count: dimension)
    for i in 0..<(dimension / 2) {
        let angle = Double(offset) * pow(base, -2 * Double(i) / Double(dimension))
        let (s, c) = (sin(angle), cos(angle))
        // sin(a + b) = cos b · sin a + sin b · cos a
        matrix[2 * i][2 * i] = c
        matrix[2 * i][2 * i + 1] = s
        // cos(a + b) = −sin b · sin a + cos b · cos a
        matrix[2 * i + 1][2 * i] = -s
        matrix[2 * i + 1][2 * i + 1] = c
    }
    return matrix
}
