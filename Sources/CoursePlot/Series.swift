/// A named sequence of (x, y) points: one line, one set of scatter markers, or one step trace.
///
/// Points with a non-finite coordinate (NaN, ±∞) are skipped; a line breaks there.
public struct Series: Sendable {
    /// The legend entry (legends appear when a figure has more than one series).
    public var name: String
    /// The points, in drawing order.
    public var points: [(x: Double, y: Double)]

    /// A series of explicit points.
    public init(name: String, points: [(Double, Double)]) {
        self.name = name
        self.points = points.map { (x: $0.0, y: $0.1) }
    }

    /// A series whose x values are the indices 0, 1, 2, … of `values`.
    public init(name: String, values: [Double]) {
        self.name = name
        self.points = values.enumerated().map { (x: Double($0.offset), y: $0.element) }
    }

    /// The points with both coordinates finite.
    var finitePoints: [(x: Double, y: Double)] { points.filter { $0.x.isFinite && $0.y.isFinite } }
}
