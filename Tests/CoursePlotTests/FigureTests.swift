@testable import CoursePlot
import Foundation
import Testing

/// A figure needs a title and a description; the first problem stops the lesson build.
@Suite struct FigureTests {
    @Test func titleAndDescriptionAreRequired() {
        #expect(Figure.problem(title: "T", description: "D") == nil)
        #expect(Figure.problem(title: "", description: "D")?.contains("title") == true)
        #expect(Figure.problem(title: " \n\t", description: "D")?.contains("title") == true)
        #expect(Figure.problem(title: "T", description: "")?.contains("description") == true)
        #expect(Figure.problem(title: "T", description: "   ")?.contains("description") == true)
    }

    @Test func blankTitleStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = Figure(title: "", description: "something")
        }
    }

    @Test func blankDescriptionStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = Figure(title: "something", description: " ")
        }
    }

    @Test func sizeIsClampedAndIdIsStable() {
        let small = Figure(title: "T", description: "D", width: 10, height: 10)
        #expect(small.width == 200 && small.height == 150)
        #expect(Figure(title: "T", description: "D").id == Figure(title: "T", description: "D").id)
        #expect(Figure(title: "T", description: "D").id != Figure(title: "T", description: "E").id)
        #expect(Figure(title: "T", description: "D").id.hasPrefix("plot-"))
        var custom = Figure(title: "T", description: "D")
        custom.id = "mine"
        #expect(custom.svg().contains("aria-labelledby=\"mine-title mine-desc\""))
    }

    @Test func legendOnlyWithSeveralSeries() {
        var one = Figure(title: "T", description: "D")
        one.lines([Series(name: "only", values: [1, 2, 3])])
        #expect(!one.svg().contains("class=\"legend\""))
        var two = Figure(title: "T", description: "D")
        two.lines([Series(name: "first", values: [1, 2]), Series(name: "second", values: [2, 1])])
        let svg = two.svg()
        #expect(svg.contains("class=\"legend\""))
        #expect(svg.contains(">first</text>") && svg.contains(">second</text>"))
    }

    @Test func laterPlotReplacesEarlier() {
        var figure = Figure(title: "T", description: "D")
        figure.heatmap(values: [[1, 2], [3, 4]])
        figure.bars(labels: ["a"], values: [1])
        let svg = figure.svg()
        #expect(!svg.contains("class=\"cells\""))
        #expect(svg.contains("class=\"bars\""))
    }

    @Test func seriesFromValuesUsesIndices() {
        let series = Series(name: "s", values: [5, 6, 7])
        #expect(series.points.map(\.x) == [0, 1, 2])
        #expect(series.points.map(\.y) == [5, 6, 7])
    }

    @Test func colourScales() {
        #expect(ColorScale.sequential.color(at: 0) == "#440154")
        #expect(ColorScale.sequential.color(at: 1) == "#fde725")
        #expect(ColorScale.sequential.color(at: 0.5) == "#21908d")
        #expect(ColorScale.diverging.color(at: 0.5) == "#f7f7f7")
        #expect(ColorScale.diverging.color(at: -3) == "#2166ac")
        #expect(ColorScale.diverging.color(at: .nan) == "#2166ac")
        #expect(ColorScale.diverging.domain(low: -0.2, high: 3) == (-3, 3))
        #expect(ColorScale.sequential.domain(low: 2, high: 5) == (2, 5))
        // Sequential luminance rises monotonically (perceptual ordering).
        func luminance(_ hex: String) -> Double {
            let value = UInt32(hex.dropFirst(), radix: 16)!
            return 0.2126 * Double(value >> 16) + 0.7152 * Double((value >> 8) & 0xFF) + 0.0722 * Double(value & 0xFF)
        }
        let ramp = (0...32).map { luminance(ColorScale.sequential.color(at: Double($0) / 32)) }
        #expect(zip(ramp, ramp.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func heatmapMergesRunsAndQuantises() {
        var figure = Figure(title: "T", description: "D")
        figure.heatmap(values: [[0, 0, 0, 1]])
        let svg = figure.svg()
        let cells = svg.components(separatedBy: "class=\"cells\"")[1].components(separatedBy: "</g>")[0]
        #expect(cells.components(separatedBy: "<path").count - 1 == 2, "one path per colour")
        #expect(cells.components(separatedBy: "M").count - 1 == 2, "the three equal cells are one run")
        var column = Figure(title: "T", description: "D")
        column.heatmap(values: [[0], [0], [0], [1]])
        let columnCells = column.svg().components(separatedBy: "class=\"cells\"")[1].components(separatedBy: "</g>")[0]
        #expect(columnCells.components(separatedBy: "M").count - 1 == 2, "equal cells down a column are one run")
        #expect(HeatmapChart.level(0, low: 0, span: 1) == 0)
        #expect(HeatmapChart.level(1, low: 0, span: 1) == ColorScale.levels - 1)
        #expect(HeatmapChart.level(7, low: 0, span: 1) == ColorScale.levels - 1)
    }

    /// A dense heatmap whose colours change cell by cell is drawn as one embedded PNG, one
    /// pixel per cell, in the scale's colours (issue 10: lesson 03 weighed 474 KB).
    @Test func aDenseHeatmapIsOneImageOfItsCells() throws {
        let size = 64
        let values = (0..<size).map { p in (0..<size).map { q in Double(abs(p - q)) } }
        var figure = Figure(title: "Distances", description: "A diagonal pattern.")
        figure.heatmap(values: values)
        let svg = figure.svg()
        let cells = svg.components(separatedBy: "class=\"cells\"")[1].components(separatedBy: "</g>")[0]
        #expect(!cells.contains("<path"))
        #expect(cells.components(separatedBy: "<image").count - 1 == 1)
        #expect(svg.utf8.count < 30_000, "\(svg.utf8.count) bytes")
        let uri = try #require(cells.components(separatedBy: "href=\"").dropFirst().first?.components(separatedBy: "\"").first)
        #expect(uri.hasPrefix("data:image/png;base64,iVBORw0KGgo"))
        // The PNG's header says 64 × 64, and its CRCs and checksum are the standard ones.
        #expect(PNGImage.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(PNGImage.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(PNGImage.base64(Array("Man".utf8)) == "TWFu" && PNGImage.base64(Array("Ma".utf8)) == "TWE=")
        var image = PNGImage(width: 2, height: 1)
        image.set(x: 1, y: 0, red: 255, green: 0, blue: 0)
        let bytes = image.bytes
        #expect(Array(bytes[16..<24]) == [0, 0, 0, 2, 0, 0, 0, 1], "width 2, height 1")
    }
}

/// Diagrams and log-scale bars: what the golden files cannot say in words.
@Suite struct DiagramAndLogScaleTests {
    @Test func aLinkToAMissingBoxIsLeftOut() {
        var figure = Figure(title: "Two boxes", description: "Two boxes joined by one arrow; a link to a missing box is dropped.")
        figure.diagram(boxes: [DiagramBox("a", "A", at: (0, 0)), DiagramBox("b", "B", at: (20, 0))],
                       links: [DiagramLink("a", "b"), DiagramLink("a", "nowhere")])
        let svg = figure.svg()
        // One shaft and one head for the one drawable arrow.
        #expect(svg.components(separatedBy: "<path").count - 1 == 2)
        #expect(svg.components(separatedBy: "<rect").count - 1 == 2)
        #expect(!svg.contains("class=\"axes\""), "a diagram has no axes")
    }

    @Test func multiLineLabelsBecomeOneTextPerLine() {
        var figure = Figure(title: "Lines", description: "One box with a two-line label.")
        figure.diagram(boxes: [DiagramBox("a", "first\nsecond", at: (0, 0), size: (10, 6))])
        let svg = figure.svg()
        #expect(svg.contains(">first</text>") && svg.contains(">second</text>"))
    }

    @Test func logBarsSkipNonPositiveValuesAndTickDecades() {
        var figure = Figure(title: "Log bars", description: "Bars on a log axis.")
        figure.bars(labels: ["a", "b", "c"], values: [150, 0, -3], logScale: true)
        let svg = figure.svg()
        #expect(svg.contains(">10²</text>") && svg.contains(">10³</text>"))
        // Only one bar: one "M…z" rectangle in the bars path.
        let bars = svg.components(separatedBy: "class=\"bars\" d=\"").dropFirst().first ?? ""
        #expect(bars.prefix { $0 != "\"" }.filter { $0 == "z" }.count == 1)
    }
}
