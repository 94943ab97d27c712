/// One bar per labelled value, from zero; labels slant when they do not fit upright.
struct BarChart: Chart {
    let labels: [String]
    let values: [Double]
    let xTitle: String
    let yTitle: String

    var legend: Legend { Legend(entries: []) }
    var grid: (x: Bool, y: Bool) { (false, true) }

    /// Number of bars.
    var count: Int { max(labels.count, values.count) }

    func axes(left: Double, top: Double, right: Double, bottom: Double) -> (x: Axis, y: Axis) {
        let finite = values.filter(\.isFinite)
        let names = (0..<count).map { $0 < labels.count ? labels[$0] : "" }
        let low = min(0, finite.min() ?? 0), high = max(0, finite.max() ?? 0)
        // All zero (or nothing): show 0…1 rather than a band around zero.
        return (Axis.bands(count: count, from: left, to: right, horizontal: true, labels: names),
                Axis.numeric(low, low == high ? 1 : high, fit: .extended, from: bottom, to: top, horizontal: false))
    }

    func drawData(into svg: inout SVGWriter, frame: Frame) {
        func n(_ value: Double) -> String { Format.number(value) }
        let band = frame.x.scale.pixelsPerUnit
        let width = band * 0.7
        let zero = frame.y.scale(0)
        var d = ""
        for (index, value) in values.enumerated() where value.isFinite && value != 0 {
            let x = frame.x.scale(Double(index)) + (band - width) / 2
            let top = frame.y.scale(value)
            d += "M\(n(x)) \(n(zero))h\(n(width))V\(n(top))H\(n(x))z"
        }
        if !d.isEmpty { svg.empty("path", [("class", "bars"), ("d", d), ("fill", Palette.series(0))]) }
        if zero < frame.bottom - 0.5 {
            svg.empty("path", [("class", "zero"), ("d", "M\(n(frame.left)) \(n(zero))H\(n(frame.right))"),
                               ("stroke", Palette.axis), ("stroke-width", "1")])
        }
    }
}
