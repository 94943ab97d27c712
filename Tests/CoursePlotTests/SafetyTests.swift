@testable import CoursePlot
import Testing

/// What every figure must be: well formed, accessible, self-contained, themed, escaped.
@Suite struct SafetyTests {
    static let all = Fixtures.names.map { ($0, Fixtures.figure($0).svg()) }

    @Test func everyFigureIsWellFormed() {
        for (name, svg) in Self.all {
            #expect(SVGChecker.problem(in: svg) == nil, "\(name): \(SVGChecker.problem(in: svg) ?? "")")
        }
    }

    @Test func nothingUnsafe() {
        for (name, svg) in Self.all {
            let lower = svg.lowercased()
            for forbidden in ["<script", "foreignobject", "href=\"http", "url(", "javascript:", "<image", "<iframe", "@import"] {
                #expect(!lower.contains(forbidden), "\(name) contains \(forbidden)")
            }
            #expect(!lower.contains("href"), "\(name) refers to something")
            #expect(lower.firstRange(of: /\son[a-z]+\s*=/) == nil, "\(name) has something like an event handler")
        }
    }

    @Test func rootIsAnAccessibleScalableImage() {
        for (name, svg) in Self.all {
            let figure = Fixtures.figure(name)
            let root = String(svg.prefix { $0 != ">" })
            #expect(root.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""), "\(name)")
            #expect(root.contains(" role=\"img\""), "\(name)")
            #expect(root.contains(" aria-labelledby=\"\(figure.id)-title \(figure.id)-desc\""), "\(name)")
            #expect(root.contains(" viewBox=\"0 0 \(figure.width) \(figure.height)\""), "\(name)")
            #expect(root.contains(" width=\"100%\""), "\(name)")
            #expect(!root.contains(" height=\""), "\(name): a fixed height would stop it scaling")
            #expect(svg.contains("<title id=\"\(figure.id)-title\">"), "\(name)")
            #expect(svg.contains("<desc id=\"\(figure.id)-desc\">"), "\(name)")
            #expect(svg.hasSuffix("</svg>"), "\(name)")
        }
    }

    @Test func idsDifferBetweenFigures() {
        let ids = Fixtures.names.map { Fixtures.figure($0).id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { id in id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } })
    }

    /// Colours: every fill and stroke is a theme variable, currentColor or none, except heatmap
    /// cells and colour bar slices (literal #rrggbb, they encode data).
    @Test func coloursFollowTheTheme() {
        for (name, svg) in Self.all {
            for attribute in ["fill", "stroke"] {
                var rest = Substring(svg)
                while let range = rest.range(of: " \(attribute)=\"") {
                    let value = rest[range.upperBound...].prefix { $0 != "\"" }
                    let themed = value == "none" || value == "currentColor" || value.hasPrefix("var(--plot-")
                    let dataColour = attribute == "fill" && name.hasPrefix("heatmap") && value.count == 7 && value.hasPrefix("#")
                    #expect(themed || dataColour, "\(name): \(attribute)=\"\(value)\"")
                    rest = rest[range.upperBound...]
                }
            }
            #expect(!svg.contains(" color="), "\(name)")
        }
    }

    @Test func textIsTextInPixels() {
        for (name, svg) in Self.all {
            #expect(svg.contains("<text"), "\(name)")
            #expect(svg.contains("font-family=\"inherit\""), "\(name)")
            var rest = Substring(svg)
            while let range = rest.range(of: "font-size=\"") {
                let value = rest[range.upperBound...].prefix { $0 != "\"" }
                #expect(value.hasSuffix("px"), "\(name): font-size=\"\(value)\"")
                rest = rest[range.upperBound...]
            }
        }
    }

    @Test func textIsEscaped() {
        var figure = Figure(title: "a < b & \"c\" > d", description: "x <script>alert(1)</script> & y, one = 1 onload=x")
        figure.bars(labels: ["<b>", "&amp;", "\"q\"", "bell\u{7}"], values: [1, 2, 3, 4],
                    xLabel: "x & y", yLabel: "<y>")
        let svg = figure.svg()
        #expect(SVGChecker.problem(in: svg) == nil, "\(SVGChecker.problem(in: svg) ?? "")")
        #expect(svg.contains("<title id=\"\(figure.id)-title\">a &lt; b &amp; &quot;c&quot; &gt; d</title>"))
        #expect(svg.contains("x &lt;script&gt;alert(1)&lt;/script&gt; &amp; y, one &#61; 1 onload&#61;x"))
        #expect(svg.lowercased().firstRange(of: /\son[a-z]+\s*=/) == nil)
        #expect(svg.contains(">&lt;b&gt;</text>"))
        #expect(svg.contains(">&amp;amp;</text>"))
        #expect(svg.contains(">&quot;q&quot;</text>"))
        #expect(svg.contains(">bell </text>"), "control characters become spaces")
        #expect(svg.contains(">x &amp; y</text>"))
        #expect(!svg.lowercased().contains("<script"))
    }

    @Test func escapingHelper() {
        #expect(SVGWriter.escape("plain") == "plain")
        #expect(SVGWriter.escape("<&>\"'") == "&lt;&amp;&gt;&quot;'")
        #expect(SVGWriter.escape("one = 1") == "one &#61; 1")
        #expect(SVGWriter.escape("a\u{0}b\tc\nd") == "a b\tc\nd")
        #expect(SVGWriter.escape("θ · π — ✓") == "θ · π — ✓")
    }

    /// Awkward data never breaks the SVG: empty, constant, non-finite, ragged, huge, tiny.
    @Test func awkwardDataStillMakesAValidFigure() {
        let nan = Double.nan, inf = Double.infinity
        var figures: [Figure] = []
        func add(_ build: (inout Figure) -> Void) {
            var figure = Figure(title: "t", description: "d")
            build(&figure)
            figures.append(figure)
        }
        add { _ in }
        add { $0.lines([]) }
        add { $0.lines([Series(name: "a", values: [])]) }
        add { $0.lines([Series(name: "a", values: [3, 3, 3])]) }
        add { $0.lines([Series(name: "a", values: [nan, 1, inf, 2, 3, nan, 4])]) }
        add { $0.lines([Series(name: "a", points: [(1e-9, 1e12), (2e-9, 3e12)])]) }
        add { $0.scatter([Series(name: "a", points: [(0, 0)])]) }
        add { $0.steps([Series(name: "a", values: [1])]) }
        add { $0.bars(labels: [], values: []) }
        add { $0.bars(labels: ["a"], values: [nan]) }
        add { $0.bars(labels: ["a", "b", "c"], values: [-1, -2]) }
        add { $0.heatmap(values: []) }
        add { $0.heatmap(values: [[]]) }
        add { $0.heatmap(values: [[5]]) }
        add { $0.heatmap(values: [[1, 2, 3], [4], [nan, inf, -inf]], scale: .diverging) }
        add { $0.heatmap(values: [[0, 0], [0, 0]], scale: .diverging) }
        add { $0.vectors([]) }
        add { $0.vectors([Arrow(to: (0, 0))], arcs: [Arc(radius: 0, from: 0, to: 0)]) }
        add { $0.vectors([Arrow(to: (nan, 1))], arcs: [Arc(radius: 1, from: 0, to: 20), Arc(radius: 1, from: 1, to: -1)]) }
        for (index, figure) in figures.enumerated() {
            let svg = figure.svg()
            #expect(SVGChecker.problem(in: svg) == nil, "case \(index): \(SVGChecker.problem(in: svg) ?? "")")
            #expect(!svg.contains("nan") && !svg.contains("inf"), "case \(index)")
        }
    }

    @Test func checkerCatchesMistakes() {
        #expect(SVGChecker.problem(in: "<svg><g></svg>") != nil)
        #expect(SVGChecker.problem(in: "<svg><g/></svg>") == nil)
        #expect(SVGChecker.problem(in: "<svg a=\"1\" a=\"2\"/>") != nil)
        #expect(SVGChecker.problem(in: "<svg a=1/>") != nil)
        #expect(SVGChecker.problem(in: "<svg>a & b</svg>") != nil)
        #expect(SVGChecker.problem(in: "<svg>a &amp; b</svg>") == nil)
        #expect(SVGChecker.problem(in: "<svg/><svg/>") != nil)
        #expect(SVGChecker.problem(in: "<svg></g>") != nil)
    }
}
