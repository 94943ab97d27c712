/// A 2-D vector drawn as an arrow, for `Figure.vectors`.
public struct Arrow: Sendable {
    /// The tail, in data coordinates.
    public var from: (x: Double, y: Double)
    /// The head, in data coordinates.
    public var to: (x: Double, y: Double)
    /// Text written just beyond the head; empty for none.
    public var label: String

    /// An arrow from `from` (the origin by default) to `to`.
    public init(from: (Double, Double) = (0, 0), to: (Double, Double), label: String = "") {
        self.from = (x: from.0, y: from.1)
        self.to = (x: to.0, y: to.1)
        self.label = label
    }
}
