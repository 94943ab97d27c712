@testable import CoursePlot

/// The figures whose SVG is kept in `Snapshots/`, one per plot kind, with data like the lessons'.
///
/// All data comes from CoursePlot's own deterministic sine and cosine (not the platform's libm),
/// so the golden files are the same on every platform.
enum Fixtures {
    /// sin or cos of `x`, platform-independent.
    static func sin(_ x: Double) -> Double { Trig.cosSin(x).sin }
    static func cos(_ x: Double) -> Double { Trig.cosSin(x).cos }

    /// 10000^(−2i/d) for d = 32, i = 0…15: the sinusoidal encoding's frequencies.
    static let frequencies: [Double] = {
        // 10000^(-1/16), multiplied up exactly the same way everywhere.
        let ratio = 0.5623413251903491
        var result: [Double] = []
        var value = 1.0
        for _ in 0..<16 {
            result.append(value)
            value *= ratio
        }
        return result
    }()

    /// The sinusoidal encoding of `position`: 32 dimensions, sin on even, cos on odd.
    static func encoding(_ position: Int) -> [Double] {
        (0..<32).map { d in
            let angle = Double(position) * frequencies[d / 2]
            return d % 2 == 0 ? sin(angle) : cos(angle)
        }
    }

    static let names = ["heatmap-sequential", "heatmap-diverging", "lines", "scatter", "bars", "bars-slanted", "bars-log",
                        "steps", "vectors", "diagram"]

    static func figure(_ name: String) -> Figure {
        switch name {
        case "heatmap-sequential": return heatmapSequential()
        case "heatmap-diverging": return heatmapDiverging()
        case "lines": return lines()
        case "scatter": return scatter()
        case "bars": return bars()
        case "bars-slanted": return barsSlanted()
        case "bars-log": return barsLog()
        case "diagram": return diagram()
        case "steps": return steps()
        case "vectors": return vectors()
        default: fatalError("no fixture \(name)")
        }
    }

    static func heatmapSequential() -> Figure {
        let table = (0..<24).map { i in
            (0..<24).map { j in zip(encoding(i), encoding(j)).map { $0 * $1 }.reduce(0, +) }
        }
        var figure = Figure(title: "Dot products of sinusoidal encodings, 24 positions",
                            description: "A 24 by 24 heatmap of the dot product between the encodings of two positions. "
                                + "The diagonal is brightest (16) and values fall off smoothly with the distance between positions.",
                            width: 520, height: 440)
        figure.heatmap(values: table, xLabel: "position j", yLabel: "position i", colorBarLabel: "PE(i) · PE(j)")
        return figure
    }

    static func heatmapDiverging() -> Figure {
        var figure = Figure(title: "Sinusoidal encoding, 64 positions × 32 dimensions",
                            description: "A heatmap with one row per position and one column per dimension. "
                                + "Low dimensions alternate quickly between −1 (blue) and 1 (red) down the rows; "
                                + "high dimensions change slowly, so their columns are nearly constant.")
        figure.heatmap(values: (0..<64).map(encoding), xLabel: "dimension", yLabel: "position",
                       colorBarLabel: "value", scale: .diverging)
        return figure
    }

    static func lines() -> Figure {
        let series = [0, 2, 4, 6].map { d in
            Series(name: "dim \(d)", points: (0...100).map { step in
                let position = Double(step) * 0.5
                return (position, sin(position * frequencies[d / 2]))
            })
        }
        var figure = Figure(title: "Four dimensions of the sinusoidal encoding",
                            description: "Line plot of dimensions 0, 2, 4 and 6 against position 0 to 50. "
                                + "Each is a sine wave; each higher dimension has a longer wavelength.")
        figure.lines(series, xLabel: "position", yLabel: "value")
        return figure
    }

    static func scatter() -> Figure {
        // A small linear congruential generator: the same points on every platform.
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        func cluster(_ name: String, center: (Double, Double), count: Int) -> Series {
            Series(name: name, points: (0..<count).map { _ in
                (center.0 + (next() + next() - 1) * 0.8, center.1 + (next() + next() - 1) * 0.8)
            })
        }
        var figure = Figure(title: "Learned position embeddings, projected to 2-D",
                            description: "Scatter plot of three groups of points: early positions near (−1, 0.5), "
                                + "middle positions near (1, 1.5) and late positions near (0.5, −1).")
        figure.scatter([cluster("positions 0–9", center: (-1, 0.5), count: 20),
                        cluster("positions 10–19", center: (1, 1.5), count: 20),
                        cluster("positions 20–29", center: (0.5, -1), count: 20)],
                       xLabel: "component 1", yLabel: "component 2")
        return figure
    }

    static func bars() -> Figure {
        var figure = Figure(title: "Extra parameters per scheme (d = 512, 2048 positions)",
                            description: "Bar chart: sinusoidal 0, learned absolute about 1 million, "
                                + "relative bias 4 thousand, RoPE 0 extra parameters.",
                            width: 480, height: 300)
        figure.bars(labels: ["sinusoidal", "learned", "relative", "RoPE"], values: [0, 1_048_576, 4_096, 0],
                    yLabel: "parameters")
        return figure
    }

    static func barsLog() -> Figure {
        var figure = Figure(title: "Key–value cache per token, DeepSeek-V2 sizes, log scale",
                            description: "Bar chart on a logarithmic axis from 10⁴ to 10⁷: MHA 1,966,080, GQA with 8 groups "
                                + "122,880, MQA 15,360 and MLA 34,560 elements per token; a zero bar is left out.",
                            width: 480, height: 300)
        figure.bars(labels: ["MHA", "GQA-8", "MQA", "MLA", "none"], values: [1_966_080, 122_880, 15_360, 34_560, 0],
                    yLabel: "elements per token", logScale: true)
        return figure
    }

    static func diagram() -> Figure {
        var figure = Figure(title: "A compressed key–value path",
                            description: "Boxes joined by arrows: h goes through W_DKV to the cached latent c, which goes "
                                + "through W_UK to the key and through W_UV to the value; a caption box has no outline.",
                            width: 520, height: 300)
        figure.diagram(boxes: [
            DiagramBox("h", "h_t", at: (0, 6), size: (8, 4)),
            DiagramBox("c", "c_t\n(cached)", at: (20, 6), size: (10, 5), look: .highlighted(1)),
            DiagramBox("k", "key", at: (40, 2), size: (8, 4)),
            DiagramBox("v", "value", at: (40, 10), size: (8, 4)),
            DiagramBox("note", "one latent per token", at: (20, 12.5), size: (16, 2), look: .text),
        ], links: [
            DiagramLink("h", "c", label: "W_DKV"),
            DiagramLink("c", "k", label: "W_UK"),
            DiagramLink("c", "v", label: "W_UV", dashed: true),
            DiagramLink("c", "missing"),
        ])
        return figure
    }

    static func barsSlanted() -> Figure {
        let labels = (0..<12).map { "frequency \($0)" }
        let values = (0..<12).map { cos(Double($0) * 0.7) * 2.5 }
        var figure = Figure(title: "Signed bars with long labels",
                            description: "Twelve bars, positive and negative, between −2.5 and 2.5, with slanted labels.")
        figure.bars(labels: labels, values: values, xLabel: "component", yLabel: "weight")
        return figure
    }

    static func steps() -> Figure {
        let series = (0..<4).map { (bit: Int) -> Series in
            let points = (0..<16).map { (position: Int) -> (Double, Double) in
                let value = Double((position >> bit) & 1)
                return (Double(position), value + 1.5 * Double(bit))
            }
            return Series(name: "bit \(bit)", points: points)
        }
        var figure = Figure(title: "Binary position encoding, 4 bits",
                            description: "Four step traces, one per bit, stacked: bit 0 flips at every position, "
                                + "bit 1 every 2, bit 2 every 4 and bit 3 every 8 positions.",
                            width: 640, height: 300)
        figure.steps(series, xLabel: "position", yLabel: "bit value (offset by 1.5 per bit)")
        return figure
    }

    static func vectors() -> Figure {
        let theta = 0.5
        let q = (1.0, 0.3)
        func rotated(_ m: Int) -> (Double, Double) {
            let (c, s) = Trig.cosSin(Double(m) * theta)
            return (q.0 * c - q.1 * s, q.0 * s + q.1 * c)
        }
        let start = 0.2914567944778671  // atan2(0.3, 1): the angle of q
        var figure = Figure(title: "RoPE rotates a query by mθ",
                            description: "Three arrows from the origin: q at m = 0, 1 and 2, each rotated by θ = 0.5 radians "
                                + "from the previous one, with arcs marking the angles θ and 2θ.",
                            width: 480, height: 400)
        figure.vectors([Arrow(to: rotated(0), label: "q at m=0"),
                        Arrow(to: rotated(1), label: "q at m=1"),
                        Arrow(from: (0, 0), to: rotated(2), label: "q at m=2")],
                       arcs: [Arc(radius: 0.45, from: start, to: start + theta, label: "θ"),
                              Arc(radius: 0.7, from: start, to: start + 2 * theta, label: "2θ")],
                       xLabel: "x", yLabel: "y")
        return figure
    }
}
