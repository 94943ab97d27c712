/// Scatter markers: a different shape per series (circle, square, triangle, diamond, inverted
/// triangle, cross), so series differ by more than colour.
enum Marker {
    /// Path data for series `index`'s marker centred at (`x`, `y`).
    static func path(_ index: Int, x: Double, y: Double) -> String {
        let r = Style.markerRadius
        func n(_ value: Double) -> String { Format.number(value) }
        switch index % 6 {
        case 0:
            return "M\(n(x - r)) \(n(y))a\(n(r)) \(n(r)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(-2 * r)) 0z"
        case 1:
            let s = r * 0.9
            return "M\(n(x - s)) \(n(y - s))h\(n(2 * s))v\(n(2 * s))h\(n(-2 * s))z"
        case 2:
            let s = r * 1.2
            return "M\(n(x)) \(n(y - s))l\(n(s)) \(n(1.75 * s))h\(n(-2 * s))z"
        case 3:
            let s = r * 1.25
            return "M\(n(x)) \(n(y - s))l\(n(s)) \(n(s))l\(n(-s)) \(n(s))l\(n(-s)) \(n(-s))z"
        case 4:
            let s = r * 1.2
            return "M\(n(x)) \(n(y + s))l\(n(s)) \(n(-1.75 * s))h\(n(-2 * s))z"
        default:
            let s = r * 1.2, w = r * 0.45
            return "M\(n(x - w)) \(n(y - s))h\(n(2 * w))v\(n(s - w))h\(n(s - w))v\(n(2 * w))h\(n(w - s))v\(n(s - w))"
                + "h\(n(-2 * w))v\(n(w - s))h\(n(w - s))v\(n(-2 * w))h\(n(s - w))z"
        }
    }
}
