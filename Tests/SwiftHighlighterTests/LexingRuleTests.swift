import Testing
import SwiftHighlighter

/// A snippet and the non-whitespace tokens it must produce.
struct LexCase: Sendable, CustomTestStringConvertible {
    let source: String
    let expected: [KindAndText]

    init(_ source: String, _ expected: [KindAndText]) {
        self.source = source
        self.expected = expected
    }

    var testDescription: String { source.debugDescription }
}

extension KindAndText {
    static func keyword(_ text: String) -> Self { Self(kind: .keyword, text: text) }
    static func type(_ text: String) -> Self { Self(kind: .type, text: text) }
    static func identifier(_ text: String) -> Self { Self(kind: .identifier, text: text) }
    static func number(_ text: String) -> Self { Self(kind: .number, text: text) }
    static func string(_ text: String) -> Self { Self(kind: .string, text: text) }
    static func comment(_ text: String) -> Self { Self(kind: .comment, text: text) }
    static func attribute(_ text: String) -> Self { Self(kind: .attribute, text: text) }
    static func directive(_ text: String) -> Self { Self(kind: .directive, text: text) }
    static func `operator`(_ text: String) -> Self { Self(kind: .operator, text: text) }
    static func punctuation(_ text: String) -> Self { Self(kind: .punctuation, text: text) }
}

@Suite("Lexing rules")
struct LexingRuleTests {
    @Test(arguments: [
        LexCase("func f() {}", [.keyword("func"), .identifier("f"), .punctuation("("), .punctuation(")"),
                                .punctuation("{"), .punctuation("}")]),
        LexCase("let x = self", [.keyword("let"), .identifier("x"), .operator("="), .keyword("self")]),
        LexCase("var body: some View", [.keyword("var"), .identifier("body"), .punctuation(":"),
                                        .keyword("some"), .type("View")]),
        LexCase("any Error", [.keyword("any"), .type("Error")]),
        LexCase("func g() async throws -> Self", [.keyword("func"), .identifier("g"), .punctuation("("),
                                                  .punctuation(")"), .keyword("async"), .keyword("throws"),
                                                  .operator("->"), .keyword("Self")]),
        LexCase("try await super.run()", [.keyword("try"), .keyword("await"), .keyword("super"),
                                          .punctuation("."), .identifier("run"), .punctuation("("),
                                          .punctuation(")")]),
        LexCase("mutating func m(_ v: inout Int) rethrows", [
            .keyword("mutating"), .keyword("func"), .identifier("m"), .punctuation("("), .identifier("_"),
            .identifier("v"), .punctuation(":"), .keyword("inout"), .type("Int"), .punctuation(")"),
            .keyword("rethrows"),
        ]),
        LexCase("public final class C", [.keyword("public"), .keyword("final"), .keyword("class"), .type("C")]),
        LexCase("open override required convenience init()", [
            .keyword("open"), .keyword("override"), .keyword("required"), .keyword("convenience"),
            .keyword("init"), .punctuation("("), .punctuation(")"),
        ]),
        LexCase("lazy weak nonmutating fileprivate internal private static",
                ["lazy", "weak", "nonmutating", "fileprivate", "internal", "private", "static"].map { .keyword($0) }),
        LexCase("actor deinit subscript associatedtype typealias protocol extension struct enum",
                ["actor", "deinit", "subscript", "associatedtype", "typealias", "protocol", "extension",
                 "struct", "enum"].map { .keyword($0) }),
        LexCase("case default where in is as catch throw return",
                ["case", "default", "where", "in", "is", "as", "catch", "throw", "return"].map { .keyword($0) }),
        LexCase("true false nil", [.keyword("true"), .keyword("false"), .keyword("nil")]),
    ])
    func keywords(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    /// Keyword spellings used as names must not be highlighted as keywords.
    @Test(arguments: [
        LexCase("x.default", [.identifier("x"), .punctuation("."), .identifier("default")]),
        LexCase(".some(1)", [.punctuation("."), .identifier("some"), .punctuation("("), .number("1"),
                             .punctuation(")")]),
        LexCase("f(for: x)", [.identifier("f"), .punctuation("("), .identifier("for"), .punctuation(":"),
                              .identifier("x"), .punctuation(")")]),
        LexCase("func f(in range: R)", [.keyword("func"), .identifier("f"), .punctuation("("),
                                        .identifier("in"), .identifier("range"), .punctuation(":"),
                                        .type("R"), .punctuation(")")]),
        LexCase("let set = 1", [.keyword("let"), .identifier("set"), .operator("="), .number("1")]),
        LexCase("open(path)", [.identifier("open"), .punctuation("("), .identifier("path"), .punctuation(")")]),
        LexCase("T.Type", [.type("T"), .punctuation("."), .keyword("Type")]),
        LexCase("Self.init(x.self)", [.keyword("Self"), .punctuation("."), .keyword("init"), .punctuation("("),
                                      .identifier("x"), .punctuation("."), .keyword("self"),
                                      .punctuation(")")]),
        LexCase("{ get set }", [.punctuation("{"), .keyword("get"), .keyword("set"), .punctuation("}")]),
        LexCase("case true: break", [.keyword("case"), .keyword("true"), .punctuation(":"), .keyword("break")]),
        LexCase("x = lazy + open", [.identifier("x"), .operator("="), .identifier("lazy"), .operator("+"),
                                    .identifier("open")]),
        LexCase("func f() async -> some P", [.keyword("func"), .identifier("f"), .punctuation("("),
                                             .punctuation(")"), .keyword("async"), .operator("->"),
                                             .keyword("some"), .type("P")]),
        LexCase("precedencegroup P { associativity: left }", [
            .keyword("precedencegroup"), .type("P"), .punctuation("{"), .keyword("associativity"),
            .punctuation(":"), .keyword("left"), .punctuation("}"),
        ]),
        LexCase("let left = right", [.keyword("let"), .identifier("left"), .operator("="), .identifier("right")]),
        LexCase("set(x)\nreturn copy", [.identifier("set"), .punctuation("("), .identifier("x"), .punctuation(")"),
                                        .keyword("return"), .identifier("copy")]),
        LexCase("set(v) { }", [.keyword("set"), .punctuation("("), .identifier("v"), .punctuation(")"),
                              .punctuation("{"), .punctuation("}")]),
        LexCase("{ return prefix }", [.punctuation("{"), .keyword("return"), .identifier("prefix"),
                                      .punctuation("}")]),
        LexCase("{ package in }", [.punctuation("{"), .identifier("package"), .keyword("in"), .punctuation("}")]),
        LexCase("var x: Int {\n  get\n}", [.keyword("var"), .identifier("x"), .punctuation(":"), .type("Int"),
                                         .punctuation("{"), .keyword("get"), .punctuation("}")]),
        LexCase("`class`", [.identifier("`class`")]),
        LexCase("`a b` + `", [.identifier("`a b`"), .operator("+"), .punctuation("`")]),
    ])
    func keywordsUsedAsNames(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        LexCase("Int _Storage Ärger π $0 $binding x1",
                [.type("Int"), .type("_Storage"), .type("Ärger"), .identifier("π"), .identifier("$0"),
                 .identifier("$binding"), .identifier("x1")]),
        LexCase("café🐶 e\u{301}", [.identifier("café🐶"), .identifier("e\u{301}")]),
    ])
    func identifiersAndTypes(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        "0", "42", "1_000_000", "0xFF", "0xdead_BEEF", "0b1010", "0o755", "3.14", "10_000.0", "1e-9", "1E+10",
        "6.022e23", "0x1p-3", "0x1.8P4", "1_0.5_0e1_0",
    ])
    func numbers(_ literal: String) {
        #expect(significantTokens(literal) == [.number(literal)])
    }

    @Test(arguments: [
        LexCase("t.0.1", [.identifier("t"), .punctuation("."), .number("0"), .punctuation("."), .number("1")]),
        LexCase("1...2", [.number("1"), .operator("..."), .number("2")]),
        LexCase("1.description", [.number("1"), .punctuation("."), .identifier("description")]),
        LexCase("-1e", [.operator("-"), .number("1"), .identifier("e")]),
        LexCase("0x", [.number("0"), .identifier("x")]),
    ])
    func numberBoundaries(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        LexCase(#""plain""#, [.string(#""plain""#)]),
        LexCase(#""a\"b\\" x"#, [.string(#""a\"b\\""#), .identifier("x")]),
        LexCase(#""""#, [.string(#""""#)]),
        LexCase("\"\"\"\nline \"quoted\" \\\"\"\"\n\"\"\" x", [.string("\"\"\"\nline \"quoted\" \\\"\"\"\n\"\"\""),
                                                          .identifier("x")]),
        LexCase(##"#"a "b" \n"# x"##, [.string(##"#"a "b" \n"#"##), .identifier("x")]),
        LexCase(###"##"a"#b"## x"###, [.string(###"##"a"#b"##"###), .identifier("x")]),
        LexCase("#\"\"\"\n\"\"\"\n\"\"\"#", [.string("#\"\"\"\n\"\"\"\n\"\"\"#")]),
    ])
    func strings(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        LexCase(#""a\(b)c""#, [.string(#""a"#), .punctuation(#"\("#), .identifier("b"), .punctuation(")"),
                               .string(#"c""#)]),
        LexCase(#""\(f(1, (2)))""#, [
            .string(#"""#), .punctuation(#"\("#), .identifier("f"), .punctuation("("), .number("1"),
            .punctuation(","), .punctuation("("), .number("2"), .punctuation(")"), .punctuation(")"),
            .punctuation(")"), .string(#"""#),
        ]),
        LexCase(#""x \("in \("deep")" + ")") y""#, [
            .string(#""x "#), .punctuation(#"\("#), .string(#""in "#), .punctuation(#"\("#),
            .string(#""deep""#), .punctuation(")"), .string(#"""#), .operator("+"), .string(#"")""#),
            .punctuation(")"), .string(#" y""#),
        ]),
        LexCase(##"#"\(raw) \#(x)"#"##, [.string(##"#"\(raw) "##), .punctuation(##"\#("##), .identifier("x"),
                                         .punctuation(")"), .string(##""#"##)]),
        LexCase("\"\"\"\n\\(a)\n\"\"\"", [.string("\"\"\"\n"), .punctuation("\\("), .identifier("a"),
                                         .punctuation(")"), .string("\n\"\"\"")]),
    ])
    func interpolation(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        LexCase("\"open\nlet", [.string("\"open"), .keyword("let")]),
        LexCase("\"\"\"\nnever closed", [.string("\"\"\"\nnever closed")]),
        LexCase("#\"raw \"# still", [.string("#\"raw \"#"), .identifier("still")]),
        LexCase("##\"raw \"# still", [.string("##\"raw \"# still")]),
        LexCase("/* never /* closed */", [.comment("/* never /* closed */")]),
        LexCase("\"\\(unclosed", [.string("\""), .punctuation("\\("), .identifier("unclosed")]),
        LexCase("\"ends with backslash\\", [.string("\"ends with backslash\\")]),
    ])
    func unterminated(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test(arguments: [
        LexCase("// line \"not a string\"\nx", [.comment("// line \"not a string\""), .identifier("x")]),
        LexCase("/// doc", [.comment("/// doc")]),
        LexCase("/* a /* nested */ still */ x", [.comment("/* a /* nested */ still */"), .identifier("x")]),
        LexCase("a+/* c */b", [.identifier("a"), .operator("+"), .comment("/* c */"), .identifier("b")]),
        LexCase("a //c", [.identifier("a"), .comment("//c")]),
        LexCase("a / b", [.identifier("a"), .operator("/"), .identifier("b")]),
    ])
    func comments(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test(arguments: ["@main", "@Test", "@MainActor", "@escaping", "@Sendable", "@inlinable", "@_spi"])
    func attributes(_ attribute: String) {
        #expect(significantTokens(attribute) == [.attribute(attribute)])
    }

    @Test func attributeWithArguments() {
        #expect(significantTokens("@available(macOS 13, *)") == [
            .attribute("@available"), .punctuation("("), .keyword("macOS"), .number("13"), .punctuation(","),
            .operator("*"), .punctuation(")"),
        ])
        #expect(significantTokens(#"@available(*, deprecated, renamed: "g") func f()"#) == [
            .attribute("@available"), .punctuation("("), .operator("*"), .punctuation(","), .keyword("deprecated"),
            .punctuation(","), .keyword("renamed"), .punctuation(":"), .string(#""g""#), .punctuation(")"),
            .keyword("func"), .identifier("f"), .punctuation("("), .punctuation(")"),
        ])
    }

    @Test(arguments: ["#if", "#else", "#elseif", "#endif", "#available", "#warning", "#file", "#fileID", "#line",
                      "#expect", "#require", "#Preview"])
    func directives(_ directive: String) {
        #expect(significantTokens(directive) == [.directive(directive)])
    }

    @Test func conditionalCompilationLine() {
        #expect(significantTokens("#if os(Linux)\n#endif") == [
            .directive("#if"), .identifier("os"), .punctuation("("), .type("Linux"), .punctuation(")"),
            .directive("#endif"),
        ])
    }

    @Test(arguments: ["+", "&+", "...", "..<", "->", "==", "!=", "<=", ">=", "??", "!", "?", "&+=", "<<=", "±", "√"])
    func operators(_ op: String) {
        #expect(significantTokens(op) == [.operator(op)])
    }

    @Test(arguments: [
        LexCase("a?.b!", [.identifier("a"), .operator("?"), .punctuation("."), .identifier("b"), .operator("!")]),
        LexCase("x...y", [.identifier("x"), .operator("..."), .identifier("y")]),
        LexCase("[.a, .b]", [.punctuation("["), .punctuation("."), .identifier("a"), .punctuation(","),
                             .punctuation("."), .identifier("b"), .punctuation("]")]),
        LexCase("a;b", [.identifier("a"), .punctuation(";"), .identifier("b")]),
        LexCase(#"\Foo.bar"#, [.punctuation("\\"), .type("Foo"), .punctuation("."), .identifier("bar")]),
    ])
    func operatorsAndPunctuation(_ testCase: LexCase) {
        #expect(significantTokens(testCase.source) == testCase.expected)
    }

    @Test func whitespaceIsKeptAsTokens() {
        let tokens = SwiftHighlighter.tokens(in: "a \t\n\r\n b")
        #expect(tokens.map(\.kind) == [.identifier, .whitespace, .identifier])
        #expect(tokens[1].text == " \t\n\r\n ")
    }

    @Test func emptySource() {
        #expect(SwiftHighlighter.tokens(in: "").isEmpty)
        #expect(SwiftHighlighter.html(for: "") == "")
    }
}
