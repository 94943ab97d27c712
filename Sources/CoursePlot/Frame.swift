/// The laid-out figure: plot area, axes, legend rows; and the drawing of that furniture.
///
/// Layout: the legend (if any) sits above the plot area; the y axis title and tick labels to
/// its left, sized to the widest label; the x tick labels and title below it; extra room on the
/// right when the chart asks (colour bar) or when the last x label would stick out.
struct Frame: Sendable {
    /// The figure size.
    let width: Double, height: Double
    /// The plot area's edges.
    var left = 0.0, top = 0.0, right = 0.0, bottom = 0.0
    /// The axes.
    var x: Axis, y: Axis
    /// Legend rows (empty when there is no legend).
    var legendRows: [[Legend.Entry]] = []

    /// Lays out `chart` in a `width` × `height` figure.
    init(chart: any Chart, width: Double, height: Double) {
        self.width = width
        self.height = height
        let legendRows = chart.legend.entries.count > 1 ? chart.legend.rows(available: width - 2 * Style.edge) : []
        self.legendRows = legendRows
        top = legendRows.isEmpty ? 10 : 6 + Double(legendRows.count) * Style.legendRowHeight + 8
        var leftMargin = 48.0, rightMargin = 16.0, bottomMargin = 44.0
        var axes = (x: Axis.numeric(0, 1, fit: .tight, from: 0, to: 1, horizontal: true),
                    y: Axis.numeric(0, 1, fit: .tight, from: 0, to: 1, horizontal: false))
        // Margins depend on labels and labels on the plot size: settle in a few rounds.
        for _ in 0..<4 {
            left = leftMargin
            right = max(width - rightMargin, left + Style.minimumPlotSide)
            bottom = max(height - bottomMargin, top + Style.minimumPlotSide)
            axes = chart.axes(left: left, top: top, right: right, bottom: bottom)
            let needed = Self.margins(chart: chart, x: axes.x, y: axes.y, left: left, right: right,
                                      width: width, plotHeight: bottom - top)
            if needed.left == leftMargin && needed.right == rightMargin && needed.bottom == bottomMargin { break }
            (leftMargin, rightMargin, bottomMargin) = needed
        }
        x = axes.x
        y = axes.y
    }

    /// Labels below the x axis: baseline offset from the plot's bottom edge.
    static let xLabelBaseline = Style.tickLength + Style.tickGap + 10
    /// How far slanted labels start below the axis.
    static let slantOffset = Style.tickLength + Style.tickGap + 2

    /// The margins the current axes need (whole pixels).
    private static func margins(chart: any Chart, x: Axis, y: Axis, left: Double, right: Double,
                                width: Double, plotHeight: Double) -> (left: Double, right: Double, bottom: Double) {
        var leftNeed = Style.edge + (chart.yTitle.isEmpty ? 0 : Style.titleFontSize + 7)
            + y.widestLabel + Style.tickGap + Style.tickLength
        var rightNeed = Style.edge + 4 + chart.extraRight(plotHeight: plotHeight)
        var bottomNeed = xLabelBaseline + 5 + (chart.xTitle.isEmpty ? 0 : Style.titleFontSize + 8) + 4
        if x.slantsLabels {
            bottomNeed += x.widestLabel * 0.7071 + 2
            if let first = x.ticks.first {
                leftNeed = max(leftNeed, x.widestLabel * 0.7071 + Style.edge - (x.scale(first) - left))
            }
        } else {
            for (tick, label) in zip(x.ticks, x.labels) {
                let half = TextMetrics.width(label, size: Style.fontSize) / 2
                let position = x.scale(tick)
                leftNeed = max(leftNeed, half + 4 - (position - left))
                rightNeed = max(rightNeed, half + 4 - (right - position))
            }
        }
        return (leftNeed.rounded(.up), rightNeed.rounded(.up), bottomNeed.rounded(.up))
    }

    /// Draws grid, data, axes, labels, legend and extras.
    func draw(_ chart: any Chart, into svg: inout SVGWriter) {
        func n(_ value: Double) -> String { Format.number(value) }
        let grid = chart.grid
        var gridPath = ""
        if grid.x { for tick in x.ticks { gridPath += "M\(n(x.scale(tick))) \(n(top))V\(n(bottom))" } }
        if grid.y { for tick in y.ticks { gridPath += "M\(n(left)) \(n(y.scale(tick)))H\(n(right))" } }
        if !gridPath.isEmpty {
            svg.empty("path", [("class", "grid"), ("d", gridPath), ("fill", "none"), ("stroke", Palette.grid), ("stroke-width", "1")])
        }

        chart.drawData(into: &svg, frame: self)

        // Axis lines (left and bottom) and outward ticks.
        var axisPath = "M\(n(left)) \(n(top))V\(n(bottom))H\(n(right))"
        for tick in x.ticks { axisPath += "M\(n(x.scale(tick))) \(n(bottom))v\(n(Style.tickLength))" }
        for tick in y.ticks { axisPath += "M\(n(left)) \(n(y.scale(tick)))h\(n(-Style.tickLength))" }
        svg.empty("path", [("class", "axes"), ("d", axisPath), ("fill", "none"), ("stroke", Palette.axis), ("stroke-width", "1")])

        // Tick labels.
        if x.slantsLabels {
            svg.open("g", [("class", "x-ticks"), ("text-anchor", "end")])
            for (tick, label) in zip(x.ticks, x.labels) {
                let px = x.scale(tick) + 3, py = bottom + Self.slantOffset
                svg.element("text", [("x", n(px)), ("y", n(py)), ("transform", "rotate(-45 \(n(px)) \(n(py)))")], content: label)
            }
        } else {
            svg.open("g", [("class", "x-ticks"), ("text-anchor", "middle")])
            for (tick, label) in zip(x.ticks, x.labels) {
                svg.element("text", [("x", n(x.scale(tick))), ("y", n(bottom + Self.xLabelBaseline))], content: label)
            }
        }
        svg.close()
        svg.open("g", [("class", "y-ticks"), ("text-anchor", "end")])
        for (tick, label) in zip(y.ticks, y.labels) {
            svg.element("text", [("x", n(left - Style.tickLength - Style.tickGap)), ("y", n(y.scale(tick) + 4))], content: label)
        }
        svg.close()

        // Axis titles.
        let titleSize = Format.number(Style.titleFontSize) + "px"
        if !chart.xTitle.isEmpty {
            var baseline = bottom + Self.xLabelBaseline + Style.titleFontSize + 8
            if x.slantsLabels { baseline = bottom + Self.slantOffset + x.widestLabel * 0.7071 + Style.titleFontSize + 4 }
            svg.element("text", [("class", "x-title"), ("x", n((left + right) / 2)), ("y", n(baseline)),
                                 ("text-anchor", "middle"), ("font-size", titleSize)], content: chart.xTitle)
        }
        if !chart.yTitle.isEmpty {
            let px = Style.edge + 11, py = (top + bottom) / 2
            svg.element("text", [("class", "y-title"), ("x", n(px)), ("y", n(py)), ("text-anchor", "middle"),
                                 ("font-size", titleSize), ("transform", "rotate(-90 \(n(px)) \(n(py)))")], content: chart.yTitle)
        }

        chart.drawExtras(into: &svg, frame: self)

        if !legendRows.isEmpty {
            Legend.draw(legendRows, into: &svg, centerX: (left + right) / 2, minX: Style.edge, maxX: width - Style.edge, top: 6)
        }
    }
}
