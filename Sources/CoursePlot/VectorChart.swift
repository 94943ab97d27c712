/// Arrows and angle arcs on axes with equal aspect ratio (one data unit is as long across as
/// up), so rotations look like rotations. The origin is always in view, with faint lines
/// through it; both axes share one tick step.
struct VectorChart: Chart {
    let arrows: [Arrow]
    let arcs: [Arc]
    let xTitle: String
    let yTitle: String

    var legend: Legend { Legend(entries: []) }
    var grid: (x: Bool, y: Bool) { (true, true) }

    /// Points along `arc`, in data coordinates, at most 6° apart.
    private static func samples(_ arc: Arc) -> [(x: Double, y: Double)] {
        let sweep = arc.to - arc.from
        guard sweep.isFinite, arc.from.isFinite, arc.radius.isFinite, arc.center.x.isFinite, arc.center.y.isFinite else { return [] }
        let count = max(2, min(720, Int((abs(sweep) / (Trig.pi / 30)).rounded(.up)) + 1))
        return (0..<count).map { i in
            let (c, s) = Trig.cosSin(arc.from + sweep * Double(i) / Double(count - 1))
            return (x: arc.center.x + arc.radius * c, y: arc.center.y + arc.radius * s)
        }
    }

    func axes(left: Double, top: Double, right: Double, bottom: Double) -> (x: Axis, y: Axis) {
        var points: [(x: Double, y: Double)] = [(0, 0)]
        for arrow in arrows { points += [arrow.from, arrow.to] }
        for arc in arcs { points += Self.samples(arc) }
        points = points.filter { $0.x.isFinite && $0.y.isFinite }
        var (xLow, xHigh) = Ticks.sanitized(points.map(\.x).min() ?? -1, points.map(\.x).max() ?? 1)
        var (yLow, yHigh) = Ticks.sanitized(points.map(\.y).min() ?? -1, points.map(\.y).max() ?? 1)
        // Room for labels: pad by 15 % of the larger span on every side.
        let pad = max(xHigh - xLow, yHigh - yLow) * 0.15
        (xLow, xHigh, yLow, yHigh) = (xLow - pad, xHigh + pad, yLow - pad, yHigh + pad)
        let width = right - left, height = bottom - top
        let unit = min(width / (xHigh - xLow), height / (yHigh - yLow))
        let xMiddle = (xLow + xHigh) / 2, yMiddle = (yLow + yHigh) / 2
        (xLow, xHigh) = (xMiddle - width / unit / 2, xMiddle + width / unit / 2)
        (yLow, yHigh) = (yMiddle - height / unit / 2, yMiddle + height / unit / 2)
        let xScale = LinearScale(domain: xLow, xHigh, range: left, right)
        let yScale = LinearScale(domain: yLow, yHigh, range: bottom, top)
        // One step for both axes: at least 50 px apart, more if the labels need it.
        var step = TickStep.atLeast(50 / unit)
        while true {
            let xTicks = Ticks.inside(xLow, xHigh, step: step), yTicks = Ticks.inside(yLow, yHigh, step: step)
            let x = Axis(scale: xScale, ticks: xTicks.values, labels: xTicks.labels)
            let y = Axis(scale: yScale, ticks: yTicks.values, labels: yTicks.labels)
            if step.value * unit >= x.widestLabel + 12 || step.exponent > 300 { return (x, y) }
            step = step.next
        }
    }

    func drawData(into svg: inout SVGWriter, frame: Frame) {
        func n(_ value: Double) -> String { Format.number(value) }
        // Lines through the origin.
        var zero = ""
        if frame.x.scale.contains(0) { zero += "M\(n(frame.x.scale(0))) \(n(frame.top))V\(n(frame.bottom))" }
        if frame.y.scale.contains(0) { zero += "M\(n(frame.left)) \(n(frame.y.scale(0)))H\(n(frame.right))" }
        if !zero.isEmpty {
            svg.empty("path", [("class", "origin"), ("d", zero), ("fill", "none"), ("stroke", Palette.axis), ("stroke-width", "1")])
        }
        let unit = frame.x.scale.pixelsPerUnit

        // Arcs: circular segments of at most 90° each, an arrowhead at the end, the label outside the middle.
        if !arcs.isEmpty {
            svg.open("g", [("class", "arcs")])
            for arc in arcs {
                let sweep = arc.to - arc.from
                guard sweep.isFinite, arc.from.isFinite, arc.radius.isFinite, arc.radius > 0, sweep != 0,
                      arc.center.x.isFinite, arc.center.y.isFinite else { continue }
                let cx = frame.x.scale(arc.center.x), cy = frame.y.scale(arc.center.y), r = arc.radius * unit
                func point(_ angle: Double) -> (x: Double, y: Double) {
                    let (c, s) = Trig.cosSin(angle)
                    return (cx + r * c, cy - r * s)
                }
                let pieces = max(1, min(64, Int((abs(sweep) / (Trig.pi / 2)).rounded(.up))))
                let start = point(arc.from)
                var d = "M\(n(start.x)) \(n(start.y))"
                for i in 1...pieces {
                    let end = point(arc.from + sweep * Double(i) / Double(pieces))
                    d += "A\(n(r)) \(n(r)) 0 0 \(sweep > 0 ? 0 : 1) \(n(end.x)) \(n(end.y))"
                }
                svg.empty("path", [("d", d), ("fill", "none"), ("stroke", Palette.axis), ("stroke-width", "1.5")])
                // Arrowhead along the tangent at the end.
                let (c, s) = Trig.cosSin(arc.to)
                let direction = sweep > 0 ? 1.0 : -1.0
                let tip = point(arc.to)
                let head = min(7, r * abs(sweep) * 0.4)
                svg.empty("path", [("d", Self.head(tip: tip, direction: (-s * direction, -c * direction), length: head)),
                                   ("fill", Palette.axis)])
                if !arc.label.isEmpty {
                    let placed = Self.arcLabel(arc.label, center: (cx, cy), radius: r, from: arc.from, sweep: sweep,
                                               avoiding: arrowSegments(frame))
                    svg.element("text", [("x", n(placed.x)), ("y", n(placed.y)), ("text-anchor", placed.anchor)], content: arc.label)
                }
            }
            svg.close()
        }

        // Arrows, each in its own series colour, labelled beyond the head.
        svg.open("g", [("class", "arrows")])
        for (index, arrow) in arrows.enumerated() {
            guard arrow.from.x.isFinite, arrow.from.y.isFinite, arrow.to.x.isFinite, arrow.to.y.isFinite else { continue }
            let color = Palette.series(index)
            let tail = (x: frame.x.scale(arrow.from.x), y: frame.y.scale(arrow.from.y))
            let tip = (x: frame.x.scale(arrow.to.x), y: frame.y.scale(arrow.to.y))
            let dx = tip.x - tail.x, dy = tip.y - tail.y
            let length = (dx * dx + dy * dy).squareRoot()
            let direction = length > 0 ? (x: dx / length, y: dy / length) : (x: 1.0, y: 0.0)
            if length > 0 {
                let head = min(11, length * 0.4)
                let base = (x: tip.x - direction.x * head, y: tip.y - direction.y * head)
                svg.open("g", [("fill", color), ("stroke", color)])
                svg.empty("path", [("d", "M\(n(tail.x)) \(n(tail.y))L\(n(base.x)) \(n(base.y))"),
                                   ("fill", "none"), ("stroke-width", n(Style.lineWidth)), ("stroke-linecap", "round")])
                svg.empty("path", [("d", Self.head(tip: tip, direction: direction, length: head)), ("stroke", "none")])
                svg.close()
            }
            if !arrow.label.isEmpty {
                let x = tip.x + direction.x * 8, y = tip.y + direction.y * 8 + 4 + direction.y * 4
                svg.element("text", [("x", n(x)), ("y", n(y)), ("text-anchor", Self.anchor(direction.x)), ("fill", color)],
                            content: arrow.label)
            }
        }
        svg.close()
    }

    /// The arrows' shafts in pixels.
    private func arrowSegments(_ frame: Frame) -> [(Double, Double, Double, Double)] {
        arrows.filter { $0.from.x.isFinite && $0.from.y.isFinite && $0.to.x.isFinite && $0.to.y.isFinite }.map {
            (frame.x.scale($0.from.x), frame.y.scale($0.from.y), frame.x.scale($0.to.x), frame.y.scale($0.to.y))
        }
    }

    /// Where an arc's label goes: just outside the arc, at the middle of its sweep unless an arrow
    /// runs through the label there, in which case a little before or after the middle.
    private static func arcLabel(_ label: String, center: (Double, Double), radius: Double, from: Double, sweep: Double,
                                 avoiding segments: [(Double, Double, Double, Double)]) -> (x: Double, y: Double, anchor: String) {
        let width = TextMetrics.width(label, size: Style.fontSize)
        var best: (x: Double, y: Double, anchor: String, clearance: Double)?
        for fraction in [0.5, 0.38, 0.62, 0.28, 0.72, 0.18, 0.82] {
            let (c, s) = Trig.cosSin(from + sweep * fraction)
            let offset = radius + 6
            let x = center.0 + offset * c, y = center.1 - offset * s + 4 - s * 4
            let anchor = Self.anchor(c)
            // The label's box, sampled along its middle line.
            let left = anchor == "start" ? x : anchor == "end" ? x - width : x - width / 2
            let middle = y - 4
            let samples = [left - 2, left + width / 2, left + width + 2].map { ($0, middle) }
            var clearance = Double.infinity
            for sample in samples {
                for segment in segments { clearance = min(clearance, distance(sample, segment)) }
            }
            if clearance >= 8 { return (x, y, anchor) }
            if best == nil || clearance > best!.clearance { best = (x, y, anchor, clearance) }
        }
        return (best!.x, best!.y, best!.anchor)
    }

    /// Distance in pixels from `point` to the segment (x0, y0)–(x1, y1).
    private static func distance(_ point: (Double, Double), _ segment: (Double, Double, Double, Double)) -> Double {
        let (x0, y0, x1, y1) = segment
        let dx = x1 - x0, dy = y1 - y0
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((point.0 - x0) * dx + (point.1 - y0) * dy) / lengthSquared : 0
        t = min(max(t, 0), 1)
        let ex = point.0 - (x0 + t * dx), ey = point.1 - (y0 + t * dy)
        return (ex * ex + ey * ey).squareRoot()
    }

    /// Text anchor for a label placed in horizontal direction `dx` (−1…1) from its point.
    private static func anchor(_ dx: Double) -> String { dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle" }

    /// A filled triangular arrowhead with its tip at `tip`, pointing along the unit vector `direction` (pixels).
    private static func head(tip: (x: Double, y: Double), direction: (x: Double, y: Double), length: Double) -> String {
        func n(_ value: Double) -> String { Format.number(value) }
        let half = length * 0.45
        let base = (x: tip.x - direction.x * length, y: tip.y - direction.y * length)
        let normal = (x: -direction.y * half, y: direction.x * half)
        return "M\(n(tip.x)) \(n(tip.y))L\(n(base.x + normal.x)) \(n(base.y + normal.y))L\(n(base.x - normal.x)) \(n(base.y - normal.y))Z"
    }
}
