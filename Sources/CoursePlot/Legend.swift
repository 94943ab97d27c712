/// The legend above the plot area: one entry per series, in rows centred over the plot.
struct Legend: Sendable {
    /// What a legend entry shows before its name.
    enum Swatch: Sendable {
        /// A short line in the series' colour and dash (lines, steps).
        case line
        /// The series' marker (scatter).
        case marker
    }

    /// One entry.
    struct Entry: Sendable {
        /// The series name.
        var name: String
        /// The series index (its colour, dash and marker).
        var index: Int
        /// The swatch kind.
        var swatch: Swatch
    }

    /// The entries, in order.
    var entries: [Entry]

    private static let swatchWidth = 18.0, swatchGap = 5.0, entryGap = 16.0

    private static func width(of entry: Entry) -> Double {
        swatchWidth + swatchGap + TextMetrics.width(entry.name, size: Style.fontSize)
    }

    /// The entries split into rows no wider than `available` pixels (a lone wide entry gets its own row).
    func rows(available: Double) -> [[Entry]] {
        var rows: [[Entry]] = []
        var current: [Entry] = []
        var used = 0.0
        for entry in entries {
            let width = Self.width(of: entry)
            if !current.isEmpty, used + Self.entryGap + width > available {
                rows.append(current)
                current = []
                used = 0
            }
            used += (current.isEmpty ? 0 : Self.entryGap) + width
            current.append(entry)
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// Draws `rows` centred on `centerX` (kept within `minX...maxX`), the first row's text baseline at `top + 13`.
    static func draw(_ rows: [[Entry]], into svg: inout SVGWriter, centerX: Double, minX: Double, maxX: Double, top: Double) {
        svg.open("g", [("class", "legend")])
        for (rowIndex, row) in rows.enumerated() {
            let total = row.map(width(of:)).reduce(0, +) + entryGap * Double(row.count - 1)
            var x = min(max(centerX - total / 2, minX), max(maxX - total, minX))
            let baseline = top + 13 + Double(rowIndex) * Style.legendRowHeight
            let middle = baseline - 4
            for entry in row {
                let color = Palette.series(entry.index)
                switch entry.swatch {
                case .line:
                    var attributes = [("d", "M\(Format.number(x)) \(Format.number(middle))h\(Format.number(swatchWidth))"),
                                      ("fill", "none"), ("stroke", color), ("stroke-width", Format.number(Style.lineWidth))]
                    if let dash = Palette.dash(entry.index) { attributes.append(("stroke-dasharray", dash)) }
                    svg.empty("path", attributes)
                case .marker:
                    svg.empty("path", [("d", Marker.path(entry.index, x: x + swatchWidth / 2, y: middle)), ("fill", color)])
                }
                svg.element("text", [("x", Format.number(x + swatchWidth + swatchGap)), ("y", Format.number(baseline))],
                            content: entry.name)
                x += width(of: entry) + entryGap
            }
        }
        svg.close()
    }
}
