import Testing
@testable import TeXMath

/// Every supported command renders to well-formed MathML containing what it should.
@Suite struct CommandCoverageTests {
    @Test(arguments: CommandSamples.all)
    func rendersWellFormedExpectedMarkup(_ sample: CommandSample) throws {
        let rendered = try MathRenderer.render(sample.tex, display: sample.display)
        #expect(XMLTagBalance.problem(in: rendered.mathML) == nil, "\(rendered.mathML)")
        #expect(rendered.mathML.contains(sample.fragment), "\(rendered.mathML)")
    }

    /// A command added to the table without a sample here would go untested.
    @Test func everyCommandInTheTableHasASample() {
        let sampled = Set(CommandSamples.all.flatMap(\.commands))
        let missing = CommandTable.allNames.filter { !sampled.contains($0) }
        #expect(missing.isEmpty, "commands without a sample: \(missing)")
    }

    /// Every environment renders in both modes, wrapped in exactly one table.
    @Test(arguments: EnvironmentKind.allCases)
    func environmentRendersInBothModes(_ kind: EnvironmentKind) throws {
        let spec = kind == .array ? "{cc}" : ""
        let tex = "\\begin{\(kind.rawValue)}\(spec) a & b \\\\ c & d \\end{\(kind.rawValue)}"
        for display in [false, true] {
            let mathML = try MathRenderer.render(tex, display: display).mathML
            #expect(XMLTagBalance.problem(in: mathML) == nil)
            #expect(mathML.split(separator: "<mtable").count == 2)
            #expect(mathML.split(separator: "<mtd").count == 5)
        }
    }

    /// Characters typed directly: ASCII operators and pasted Unicode math.
    @Test(arguments: [
        ("a+b-c*d", "<mi>a</mi><mo>+</mo><mi>b</mi><mo>−</mo><mi>c</mi><mo>∗</mo><mi>d</mi>"),
        ("a=b<c>d", "<mo>=</mo><mi>b</mi><mo>&lt;</mo><mi>c</mi><mo>&gt;</mo>"),
        ("f:X\\to Y", "<mi>f</mi><mo>:</mo><mi>X</mi><mo>→</mo>"),
        ("x := 1", "<mi>x</mi><mo>:=</mo><mn>1</mn>"),
        ("(a,b);[c]", "<mo stretchy=\"false\">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy=\"false\">)</mo><mo>;</mo><mo stretchy=\"false\">[</mo>"),
        ("n!", "<mi>n</mi><mo>!</mo>"),
        ("|x|", "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">|</mo><mi>x</mi>"),
        ("0.5 + 10000", "<mn>0.5</mn><mo>+</mo><mn>10000</mn>"),
        ("x^23", "<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>"),
        ("a~b", "<mi>a</mi><mspace width=\"0.3333em\"/><mi>b</mi>"),
        ("x ≤ y ∑ θ", "<mi>x</mi><mo>≤</mo><mi>y</mi><mo>∑</mo><mi>θ</mi>"),
        ("x.", "<mi>x</mi><mi>.</mi>"),
        ("{}^{14}C", "<msup><mrow></mrow><mn>14</mn></msup><mi>C</mi>"),
        ("x_i'", "<msub><mrow><mi>x</mi><mo>′</mo></mrow><mi>i</mi></msub>"),
        ("x^{\\prime\\prime}", "<mrow><mi>x</mi><mo>″</mo></mrow>"),
        ("a % comment\n+ b", "<mi>a</mi><mo>+</mo><mi>b</mi>"),
    ])
    func rendersTypedCharacters(_ tex: String, _ fragment: String) throws {
        let mathML = try MathRenderer.render(tex, display: false).mathML
        #expect(mathML.contains(fragment), "\(mathML)")
        #expect(XMLTagBalance.problem(in: mathML) == nil)
    }
}
