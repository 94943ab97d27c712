/// Lines, scatter markers or step traces of one or more series on numeric axes.
struct XYChart: Chart {
    /// How the series are drawn.
    enum Kind: Sendable {
        /// Straight segments between consecutive points; x tight to the data, y widened to nice ticks.
        case lines
        /// A marker per point; both axes padded by 5 % of the data's span.
        case scatter
        /// Step-after traces (each value holds until the next point's x, the last one for one more
        /// spacing); y padded by 10 %, integer ticks when every y is an integer (bit patterns).
        case steps
    }

    let kind: Kind
    let series: [Series]
    let xTitle: String
    let yTitle: String

    var legend: Legend {
        Legend(entries: series.enumerated().map {
            Legend.Entry(name: $0.element.name, index: $0.offset, swatch: kind == .scatter ? .marker : .line)
        })
    }

    var grid: (x: Bool, y: Bool) { (true, true) }

    /// The points drawn for `series`: finite ones, plus the end of the last step for step traces.
    private func drawnPoints(_ series: Series) -> [(x: Double, y: Double)] {
        var points = series.finitePoints
        if kind == .steps, let last = points.last {
            let spacing = points.count >= 2 ? last.x - points[points.count - 2].x : 1
            points.append((x: last.x + (spacing > 0 ? spacing : 1), y: last.y))
        }
        return points
    }

    func axes(left: Double, top: Double, right: Double, bottom: Double) -> (x: Axis, y: Axis) {
        let points = series.flatMap(drawnPoints)
        let xs = points.map(\.x), ys = points.map(\.y)
        let xLow = xs.min() ?? 0, xHigh = xs.max() ?? 1
        let yLow = ys.min() ?? 0, yHigh = ys.max() ?? 1
        switch kind {
        case .lines:
            return (Axis.numeric(xLow, xHigh, fit: .tight, from: left, to: right, horizontal: true),
                    Axis.numeric(yLow, yHigh, fit: .extended, from: bottom, to: top, horizontal: false))
        case .scatter:
            return (Axis.numeric(xLow, xHigh, fit: .padded(0.05), from: left, to: right, horizontal: true),
                    Axis.numeric(yLow, yHigh, fit: .padded(0.05), from: bottom, to: top, horizontal: false))
        case .steps:
            let integers = ys.allSatisfy { $0 == $0.rounded() }
            return (Axis.numeric(xLow, xHigh, fit: .tight, from: left, to: right, horizontal: true),
                    Axis.numeric(yLow, yHigh, fit: .padded(0.1), from: bottom, to: top, horizontal: false, integers: integers))
        }
    }

    func drawData(into svg: inout SVGWriter, frame: Frame) {
        func n(_ value: Double) -> String { Format.number(value) }
        svg.open("g", [("class", "series")])
        for (index, series) in series.enumerated() {
            let color = Palette.series(index)
            var d = ""
            switch kind {
            case .lines:
                // A non-finite point ends a segment; an isolated point is drawn as a dot.
                var run: [(Double, Double)] = []
                func flush() {
                    guard let first = run.first else { return }
                    d += "M\(n(first.0)) \(n(first.1))"
                    if run.count == 1 { d += "h0" } else { d += "L" + run.dropFirst().map { "\(n($0.0)) \(n($0.1))" }.joined(separator: " ") }
                    run = []
                }
                for point in series.points {
                    if point.x.isFinite && point.y.isFinite {
                        run.append((frame.x.scale(point.x), frame.y.scale(point.y)))
                    } else {
                        flush()
                    }
                }
                flush()
            case .steps:
                let points = drawnPoints(series)
                for (offset, point) in points.enumerated() {
                    let px = n(frame.x.scale(point.x)), py = n(frame.y.scale(point.y))
                    d += offset == 0 ? "M\(px) \(py)" : "H\(px)V\(py)"
                }
            case .scatter:
                for point in series.finitePoints {
                    d += Marker.path(index, x: frame.x.scale(point.x), y: frame.y.scale(point.y))
                }
            }
            if d.isEmpty { continue }
            if kind == .scatter {
                svg.empty("path", [("d", d), ("fill", color)])
            } else {
                var attributes = [("d", d), ("fill", "none"), ("stroke", color), ("stroke-width", n(Style.lineWidth)),
                                  ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
                if let dash = Palette.dash(index) { attributes.append(("stroke-dasharray", dash)) }
                svg.empty("path", attributes)
            }
        }
        svg.close()
    }
}
