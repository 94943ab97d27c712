/// One bar per labelled value, from zero (or, on a log scale, from the lowest decade shown);
/// labels slant when they do not fit upright.
struct BarChart: Chart {
    let labels: [String]
    let values: [Double]
    let xTitle: String
    let yTitle: String
    /// Whether the y axis is logarithmic: decades 10^k as ticks, non-positive values left out.
    var logScale = false

    var legend: Legend { Legend(entries: []) }
    var grid: (x: Bool, y: Bool) { (false, true) }

    /// Number of bars.
    var count: Int { max(labels.count, values.count) }

    /// log10 of each value, nil where it has none (not finite, or not positive).
    private var logarithms: [Double?] { values.map { Logarithm.log10($0) } }

    func axes(left: Double, top: Double, right: Double, bottom: Double) -> (x: Axis, y: Axis) {
        let finite = values.filter(\.isFinite)
        let names = (0..<count).map { $0 < labels.count ? labels[$0] : "" }
        if logScale {
            return (Axis.bands(count: count, from: left, to: right, horizontal: true, labels: names),
                    Self.decades(logarithms.compactMap { $0 }, from: bottom, to: top))
        }
        let low = min(0, finite.min() ?? 0), high = max(0, finite.max() ?? 0)
        // All zero (or nothing): show 0…1 rather than a band around zero.
        return (Axis.bands(count: count, from: left, to: right, horizontal: true, labels: names),
                Axis.numeric(low, low == high ? 1 : high, fit: .extended, from: bottom, to: top, horizontal: false))
    }

    /// A y axis over whole decades enclosing `exponents` (log10 of the values), one tick per
    /// decade, or per few decades when they would crowd (at least 20 px apart).
    static func decades(_ exponents: [Double], from bottom: Double, to top: Double) -> Axis {
        var low = (exponents.min() ?? 0).rounded(.down), high = (exponents.max() ?? 1).rounded(.up)
        if high <= low { high = low + 1 }
        low = max(low, -300)
        high = min(high, 300)
        let scale = LinearScale(domain: low, high, range: bottom, top)
        var every = 1
        while Double(every) * scale.pixelsPerUnit < 20 { every += 1 }
        let ticks = stride(from: Int(low), through: Int(high), by: every).map(Double.init)
        return Axis(scale: scale, ticks: ticks, labels: ticks.map { Logarithm.powerLabel(Int($0)) })
    }

    func drawData(into svg: inout SVGWriter, frame: Frame) {
        func n(_ value: Double) -> String { Format.number(value) }
        let band = frame.x.scale.pixelsPerUnit
        let width = band * 0.7
        if logScale {
            var d = ""
            for (index, exponent) in logarithms.enumerated() {
                guard let exponent else { continue }
                let x = frame.x.scale(Double(index)) + (band - width) / 2
                let top = frame.y.scale(exponent)
                if top < frame.bottom { d += "M\(n(x)) \(n(frame.bottom))h\(n(width))V\(n(top))H\(n(x))z" }
            }
            if !d.isEmpty { svg.empty("path", [("class", "bars"), ("d", d), ("fill", Palette.series(0))]) }
            return
        }
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
