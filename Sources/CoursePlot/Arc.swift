/// A circular arc marking an angle, for `Figure.vectors`; drawn with a small arrowhead at its end.
///
/// Angles are in radians, counter-clockwise from the positive x axis (the usual mathematical
/// convention; the figure's y axis points up). `to` may be smaller than `from` (a clockwise
/// arc) or more than 2π away (the arc winds round).
public struct Arc: Sendable {
    /// The centre, in data coordinates.
    public var center: (x: Double, y: Double)
    /// The radius, in data units.
    public var radius: Double
    /// The starting angle, in radians.
    public var from: Double
    /// The ending angle, in radians.
    public var to: Double
    /// Text written just outside the arc's midpoint; empty for none.
    public var label: String

    /// An arc of `radius` around `center` (the origin by default) from angle `from` to `to`.
    public init(center: (Double, Double) = (0, 0), radius: Double, from: Double, to: Double, label: String = "") {
        self.center = (x: center.0, y: center.1)
        self.radius = radius
        self.from = from
        self.to = to
        self.label = label
    }
}
