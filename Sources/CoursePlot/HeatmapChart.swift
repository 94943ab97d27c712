/// A grid of coloured cells, row 0 at the top, with a colour bar on the right.
///
/// Cell colours are quantised to `ColorScale.levels` levels and drawn as one path per level,
/// runs of equal colour merged along rows or along columns (whichever draws fewer rectangles),
/// which keeps large heatmaps small. Missing and non-finite values leave their cell empty.
struct HeatmapChart: Chart {
    let values: [[Double]]
    let xTitle: String
    let yTitle: String
    let colorBarTitle: String
    let scale: ColorScale

    var legend: Legend { Legend(entries: []) }
    var grid: (x: Bool, y: Bool) { (false, false) }

    /// Number of columns (the longest row).
    var columns: Int { values.map(\.count).max() ?? 0 }

    /// The value interval the colours span.
    var domain: (low: Double, high: Double) {
        let finite = values.flatMap { $0 }.filter(\.isFinite)
        return scale.domain(low: finite.min() ?? 0, high: finite.max() ?? 1)
    }

    private static let barGap = 14.0, barWidth = 14.0

    func axes(left: Double, top: Double, right: Double, bottom: Double) -> (x: Axis, y: Axis) {
        (Axis.bands(count: columns, from: left, to: right, horizontal: true),
         Axis.bands(count: values.count, from: top, to: bottom, horizontal: false))
    }

    /// The colour bar's axis for a plot area spanning `top...bottom`.
    private func barAxis(top: Double, bottom: Double) -> Axis {
        Axis.numeric(domain.low, domain.high, fit: .tight, from: bottom, to: top, horizontal: false)
    }

    func extraRight(plotHeight: Double) -> Double {
        let axis = barAxis(top: 0, bottom: plotHeight)
        return Self.barGap + Self.barWidth + Style.tickLength + Style.tickGap + axis.widestLabel
            + (colorBarTitle.isEmpty ? 0 : 8 + Style.titleFontSize)
    }

    /// `value` in pixels, as whole hundredths, so neighbouring cells share edges exactly.
    private static func hundredths(_ value: Double) -> Int64 { Int64((value * 100).rounded()) }

    func drawData(into svg: inout SVGWriter, frame: Frame) {
        let domain = self.domain
        let span = domain.high - domain.low
        let rowCount = values.count, columnCount = columns
        // levels[r][c]: the colour level of each cell, nil where the value is missing or not finite.
        let levels: [[Int?]] = values.map { row in
            (0..<columnCount).map { c in c < row.count && row[c].isFinite ? Self.level(row[c], low: domain.low, span: span) : nil }
        }
        let xEdges = (0...max(columnCount, 1)).map { Self.hundredths(frame.x.scale(Double($0))) }
        let yEdges = (0...max(rowCount, 1)).map { Self.hundredths(frame.y.scale(Double($0))) }
        // Merge equal neighbours along rows and, separately, along columns; keep the smaller drawing.
        let alongRows = Self.runs(count: rowCount, length: columnCount) { levels[$0][$1] }
        let alongColumns = Self.runs(count: columnCount, length: rowCount) { levels[$1][$0] }
        // A dense heatmap whose colours change cell by cell (a diagonal pattern, noise) merges
        // into few runs; past that size it is drawn as an image of the same colours, one pixel
        // per cell, while axes, labels, title and description stay vector and text.
        // (The image's palette holds 255 colours besides "empty"; more levels stay vector.)
        if min(alongRows.count, alongColumns.count) > Self.rasterRunThreshold,
           Set(levels.joined().compactMap { $0 }).count <= 255 {
            svg.open("g", [("class", "cells")])
            drawRaster(levels: levels, columnCount: columnCount, xEdges: xEdges, yEdges: yEdges, into: &svg)
            svg.close()
            return
        }
        var paths = [String](repeating: "", count: ColorScale.levels)
        if alongColumns.count < alongRows.count {
            for run in alongColumns {
                paths[run.level] += Self.rectangle(x0: xEdges[run.line], x1: xEdges[run.line + 1], y0: yEdges[run.start], y1: yEdges[run.end])
            }
        } else {
            for run in alongRows {
                paths[run.level] += Self.rectangle(x0: xEdges[run.start], x1: xEdges[run.end], y0: yEdges[run.line], y1: yEdges[run.line + 1])
            }
        }
        svg.open("g", [("class", "cells"), ("shape-rendering", "crispEdges")])
        for (level, d) in paths.enumerated() where !d.isEmpty {
            svg.empty("path", [("d", d), ("fill", scale.color(level: level))])
        }
        svg.close()
    }

    /// More rectangles than this (about 30 bytes each) and an image is smaller.
    static let rasterRunThreshold = 1_500

    private func drawRaster(levels: [[Int?]], columnCount: Int, xEdges: [Int64], yEdges: [Int64], into svg: inout SVGWriter) {
        var image = PNGImage(width: max(columnCount, 1), height: max(levels.count, 1))
        var palette: [Int: (UInt8, UInt8, UInt8)] = [:]
        for (row, rowLevels) in levels.enumerated() {
            for (column, level) in rowLevels.enumerated() {
                guard let level else { continue }
                let rgb = palette[level] ?? Self.rgb(scale.color(level: level))
                palette[level] = rgb
                // Pixel (0, 0) is the image's top left, wherever the axes put cell (0, 0).
                let x = xEdges.first! <= xEdges.last! ? column : columnCount - 1 - column
                let y = yEdges.first! <= yEdges.last! ? row : levels.count - 1 - row
                image.set(x: x, y: y, red: rgb.0, green: rgb.1, blue: rgb.2)
            }
        }
        let left = min(xEdges.first!, xEdges.last!), right = max(xEdges.first!, xEdges.last!)
        let top = min(yEdges.first!, yEdges.last!), bottom = max(yEdges.first!, yEdges.last!)
        svg.empty("image", [
            ("x", Format.hundredths(left)), ("y", Format.hundredths(top)),
            ("width", Format.hundredths(right - left)), ("height", Format.hundredths(bottom - top)),
            ("preserveAspectRatio", "none"), ("style", "image-rendering:pixelated"),
            ("href", image.dataURI),
        ])
    }

    /// The red, green and blue of a `#rrggbb` colour.
    private static func rgb(_ hex: String) -> (UInt8, UInt8, UInt8) {
        let digits = Array(hex.utf8.dropFirst())
        func byte(_ at: Int) -> UInt8 {
            func nibble(_ c: UInt8) -> UInt8 { c >= 97 ? c - 87 : c >= 65 ? c - 55 : c - 48 }
            return digits.count >= at + 2 ? nibble(digits[at]) << 4 | nibble(digits[at + 1]) : 0
        }
        return (byte(0), byte(2), byte(4))
    }

    /// Maximal runs of equal levels along each of `count` lines of `length` cells.
    private static func runs(count: Int, length: Int, level: (Int, Int) -> Int?) -> [(line: Int, start: Int, end: Int, level: Int)] {
        var result: [(line: Int, start: Int, end: Int, level: Int)] = []
        for line in 0..<count {
            var start = 0
            while start < length {
                guard let current = level(line, start) else { start += 1; continue }
                var end = start + 1
                while end < length, level(line, end) == current { end += 1 }
                result.append((line, start, end, current))
                start = end
            }
        }
        return result
    }

    /// Path data of the rectangle between the given edges (in hundredths of a pixel).
    private static func rectangle(x0: Int64, x1: Int64, y0: Int64, y1: Int64) -> String {
        "M" + Format.hundredths(x0) + " " + Format.hundredths(y0) + "h" + Format.hundredths(x1 - x0)
            + "v" + Format.hundredths(y1 - y0) + "h" + Format.hundredths(x0 - x1) + "z"
    }

    /// The quantisation level of `value`.
    static func level(_ value: Double, low: Double, span: Double) -> Int {
        let t = min(max((value - low) / span, 0), 1)
        return Int((t * Double(ColorScale.levels - 1)).rounded())
    }

    func drawExtras(into svg: inout SVGWriter, frame: Frame) {
        func n(_ value: Double) -> String { Format.number(value) }
        let axis = barAxis(top: frame.top, bottom: frame.bottom)
        let x0 = frame.right + Self.barGap, x1 = x0 + Self.barWidth
        // The bar: 64 slices from the low end (bottom) to the high end (top).
        let slices = 64
        var d = [String](repeating: "", count: slices)
        let y = { (i: Int) in Self.hundredths(frame.bottom + (frame.top - frame.bottom) * Double(i) / Double(slices)) }
        let left = Self.hundredths(x0), width = Self.hundredths(Self.barWidth)
        for i in 0..<slices {
            let bottomEdge = y(i), topEdge = y(i + 1)
            d[i] = "M" + Format.hundredths(left) + " " + Format.hundredths(topEdge) + "h" + Format.hundredths(width)
                + "v" + Format.hundredths(bottomEdge - topEdge) + "h" + Format.hundredths(-width) + "z"
        }
        svg.open("g", [("class", "color-bar")])
        svg.open("g", [("shape-rendering", "crispEdges")])
        for i in 0..<slices {
            svg.empty("path", [("d", d[i]), ("fill", scale.color(at: (Double(i) + 0.5) / Double(slices)))])
        }
        svg.close()
        var outline = "M\(n(x0)) \(n(frame.top))H\(n(x1))V\(n(frame.bottom))H\(n(x0))Z"
        for tick in axis.ticks { outline += "M\(n(x1)) \(n(axis.scale(tick)))h\(n(Style.tickLength))" }
        svg.empty("path", [("d", outline), ("fill", "none"), ("stroke", Palette.axis), ("stroke-width", "1")])
        svg.open("g", [("text-anchor", "start")])
        let labelX = x1 + Style.tickLength + Style.tickGap
        for (tick, label) in zip(axis.ticks, axis.labels) {
            svg.element("text", [("x", n(labelX)), ("y", n(axis.scale(tick) + 4))], content: label)
        }
        svg.close()
        if !colorBarTitle.isEmpty {
            let px = labelX + axis.widestLabel + 8 + 10, py = (frame.top + frame.bottom) / 2
            svg.element("text", [("x", n(px)), ("y", n(py)), ("text-anchor", "middle"),
                                 ("font-size", Format.number(Style.titleFontSize) + "px"),
                                 ("transform", "rotate(-90 \(n(px)) \(n(py)))")], content: colorBarTitle)
        }
        svg.close()
    }
}
