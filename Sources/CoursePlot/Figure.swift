// CoursePlot: figures for lesson code blocks, printed as self-contained, accessible SVG.
//
// Self-contained: no Foundation (lesson programs compile and link faster without it); the
// module builds on its own with
//   swiftc -parse-as-library -emit-module -emit-library -static -module-name CoursePlot Sources/CoursePlot/*.swift
// Deterministic: the same figure always prints the same bytes (numbers are formatted here,
// nothing is iterated in hash order, nothing is random).
// Safe to inline into a page: no script, no foreignObject, no url(), no references outside the SVG.
// Themed: text uses currentColor and every other colour a CSS custom property with a fallback
// (--plot-1 … --plot-6, --plot-axis, --plot-grid), so the page's light and dark themes apply;
// only heatmap cells and the colour bar's ramp are literal colours, because they encode data.

/// One SVG figure: a title, a description for readers who cannot see it, and one plot.
///
/// ```swift
/// var figure = Figure(title: "Sinusoidal encoding", description: "A heatmap where …")
/// figure.heatmap(values: table, xLabel: "dimension", yLabel: "position", colorBarLabel: "value")
/// print(figure.svg())
/// ```
///
/// A figure shows one plot: calling a second plotting method replaces the first.
public struct Figure: Sendable {
    /// The figure's title: the SVG's `<title>`, which the site also shows as the caption.
    public let title: String
    /// What the figure shows, in words (the SVG's `<desc>`), for screen readers and text-only readers.
    public let description: String
    /// Width of the drawing, in pixels; the SVG scales down to fit narrower columns.
    public let width: Int
    /// Height of the drawing, in pixels.
    public let height: Int
    /// Prefix of the ids of `<title>` and `<desc>`; derived from the title and description so
    /// that several figures on one page do not clash. Set it if two figures share both.
    public var id: String

    private var chart: (any Chart)?

    /// A figure of `width` × `height` pixels (at least 200 × 150).
    ///
    /// `title` and `description` are required and must not be blank: the description is the
    /// figure's alternative text, so say what the figure shows and what to notice in it.
    public init(title: String, description: String, width: Int = 640, height: Int = 360) {
        if let problem = Self.problem(title: title, description: description) {
            preconditionFailure(problem)
        }
        self.title = title
        self.description = description
        self.width = max(width, 200)
        self.height = max(height, 150)
        self.id = "plot-" + Format.hex32(Self.fingerprint(title + "\u{0}" + description))
    }

    /// Why `title` and `description` are unacceptable, or nil when both have visible text.
    static func problem(title: String, description: String) -> String? {
        func isBlank(_ text: String) -> Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
        if isBlank(title) { return "CoursePlot: a Figure needs a title (it becomes the SVG <title> and the caption)" }
        if isBlank(description) {
            return "CoursePlot: a Figure needs a description (the SVG <desc>: what the figure shows, for readers who cannot see it)"
        }
        return nil
    }

    /// 32-bit FNV-1a of the UTF-8 bytes of `text`.
    static func fingerprint(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    /// A heatmap of `values` (row `r`, column `c` → `values[r][c]`; row 0 at the top), with a
    /// colour bar on the right. Axes are labelled with row and column indices.
    ///
    /// Use `.sequential` for magnitudes and `.diverging` for signed data centred on zero.
    public mutating func heatmap(values: [[Double]], xLabel: String = "", yLabel: String = "",
                                 colorBarLabel: String = "", scale: ColorScale = .sequential) {
        chart = HeatmapChart(values: values, xTitle: xLabel, yTitle: yLabel, colorBarTitle: colorBarLabel, scale: scale)
    }

    /// Line plots of `series` (a legend above the plot when there are two or more).
    /// The x axis spans the data exactly; the y axis is widened to nice round ticks.
    public mutating func lines(_ series: [Series], xLabel: String = "", yLabel: String = "") {
        chart = XYChart(kind: .lines, series: series, xTitle: xLabel, yTitle: yLabel)
    }

    /// A scatter plot of `series`, a different marker shape and colour per series (legend when two or more).
    public mutating func scatter(_ series: [Series], xLabel: String = "", yLabel: String = "") {
        chart = XYChart(kind: .scatter, series: series, xTitle: xLabel, yTitle: yLabel)
    }

    /// A bar chart: one bar per value, from zero, labelled below by `labels[i]`.
    ///
    /// With `logScale`, the y axis is logarithmic, ticked at powers of ten (10², 10³, …) over the
    /// decades that enclose the values; bars rise from the lowest decade shown, and values that
    /// are not positive get no bar. Use it when values span several orders of magnitude.
    public mutating func bars(labels: [String], values: [Double], xLabel: String = "", yLabel: String = "",
                              logScale: Bool = false) {
        chart = BarChart(labels: labels, values: values, xTitle: xLabel, yTitle: yLabel, logScale: logScale)
    }

    /// Step traces of `series`, for bit patterns and other piecewise-constant data: each value
    /// holds from its x to the next point's x (the last for one more spacing). When every y is
    /// an integer, the y axis has integer ticks only. Offset series (y + 1.5 · k) to stack them.
    public mutating func steps(_ series: [Series], xLabel: String = "", yLabel: String = "") {
        chart = XYChart(kind: .steps, series: series, xTitle: xLabel, yTitle: yLabel)
    }

    /// 2-D vectors as arrows (each in its own colour, labelled at the head) and angle arcs, on
    /// axes with equal aspect ratio that always include the origin. For showing rotations.
    public mutating func vectors(_ arrows: [Arrow], arcs: [Arc] = [], xLabel: String = "", yLabel: String = "") {
        chart = VectorChart(arrows: arrows, arcs: arcs, xTitle: xLabel, yTitle: yLabel)
    }

    /// A diagram of labelled boxes joined by arrows, with no axes: data flows (which matrix
    /// turns what into what, what is cached) and layouts (which coordinates pair up).
    ///
    /// Boxes are placed in diagram units with y growing downwards; the drawing is scaled to fit
    /// the figure. Arrows run between the edges of the boxes named by their `from` and `to`;
    /// links naming a box that does not exist are left out.
    public mutating func diagram(boxes: [DiagramBox], links: [DiagramLink] = []) {
        chart = DiagramChart(boxes: boxes, links: links)
    }

    /// The figure as one `<svg>` element, ready to print.
    public func svg() -> String {
        let w = Double(width), h = Double(height)
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "course-plot"),
            ("viewBox", "0 0 \(width) \(height)"),
            ("width", "100%"),
            ("style", "max-width:\(width)px;height:auto"),
            ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("font-family", "inherit"),
            ("font-size", Format.number(Style.fontSize) + "px"),
            ("fill", Palette.text),
        ])
        svg.element("title", [("id", "\(id)-title")], content: title)
        svg.element("desc", [("id", "\(id)-desc")], content: description)
        let chart = self.chart ?? XYChart(kind: .lines, series: [], xTitle: "", yTitle: "")
        if let diagram = chart as? DiagramChart {
            diagram.draw(into: &svg, width: w, height: h)
        } else {
            Frame(chart: chart, width: w, height: h).draw(chart, into: &svg)
        }
        svg.close()
        var text = svg.finished
        text.removeLast()  // the final newline; print adds its own
        return text
    }
}
