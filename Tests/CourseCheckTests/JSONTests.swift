import Testing
@testable import CourseCheck

@Suite struct JSONTests {
    func encoded(_ text: String) -> String {
        String(decoding: JSONValue.string(text).bytes, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(encoded(#"say "hi""#) == #""say \"hi\"""#)
        #expect(encoded(#"C:\path\"#) == #""C:\\path\\""#)
        #expect(encoded("a\nb\rc\td\u{08}e\u{0C}f") == #""a\nb\rc\td\be\ff""#)
        #expect(encoded("\u{00}\u{01}\u{1F}") == #""\u0000\u0001\u001f""#)
        #expect(encoded("\u{7F}/") == "\"\u{7F}/\"")  // DEL and slash need no escape
    }

    @Test func passesUnicodeThroughAsUTF8() {
        #expect(encoded("|Δ| ≤ 1e-12 🙂 e\u{301}") == "\"|Δ| ≤ 1e-12 🙂 e\u{301}\"")
        #expect(JSONValue.string("🙂").bytes == [0x22, 0xF0, 0x9F, 0x99, 0x82, 0x22])
        // U+2028 stays raw: it is valid in JSON and is no line break for the channel.
        #expect(!JSONValue.string("\u{2028}").bytes.contains(0x0A))
    }

    @Test func everyEncodedStringIsOneLineAndRoundTrips() {
        var samples = ["", "plain", "\"\\\"", "line\nbreak", "\r\n", "Δx → 0", "🙂🙃", "e\u{301}", "\u{2028}\u{2029}", "\u{FEFF}bom"]
        samples.append(String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self))
        for sample in samples {
            let bytes = JSONValue.string(sample).bytes
            #expect(!bytes.contains(UInt8(ascii: "\n")))
            #expect(JSONValue(parsing: bytes) == .string(sample))
        }
    }

    @Test func readsEscapesIncludingSurrogatePairs() {
        #expect(JSONValue(parsing: Array(#""\u00e9\u0394\ud83d\ude42\/""#.utf8)) == .string("éΔ🙂/"))
        #expect(JSONValue(parsing: Array(#""\ud83d""#.utf8)) == nil, "lone high surrogate")
        #expect(JSONValue(parsing: Array(#""\ude42""#.utf8)) == nil, "lone low surrogate")
        #expect(JSONValue(parsing: Array(#""\x""#.utf8)) == nil, "unknown escape")
        #expect(JSONValue(parsing: Array("\"a\nb\"".utf8)) == nil, "raw control character")
        #expect(JSONValue(parsing: Array(#""open"#.utf8)) == nil, "unterminated")
    }

    @Test func objectsKeepKeyOrderAndReadBack() {
        let value = JSONValue.object([
            ("z", .int(-3)), ("a", .bool(true)), ("m", .null),
            ("list", .array([.string("x"), .int(0), .object([])])),
        ])
        let text = String(decoding: value.bytes, as: UTF8.self)
        #expect(text == #"{"z":-3,"a":true,"m":null,"list":["x",0,{}]}"#)
        #expect(JSONValue(parsing: value.bytes) == value)
        #expect(JSONValue(parsing: Array(#" { "k" : [ 1 , 2 ] } "#.utf8)) == .object([("k", .array([.int(1), .int(2)]))]))
    }

    @Test func rejectsMalformedInput() {
        for text in ["", "{", "{\"a\":}", "[1,]", "{\"a\":1,}", "01", "1.5", "tru", "{} x", "{'a':1}", "-"] {
            #expect(JSONValue(parsing: Array(text.utf8)) == nil, "\(text)")
        }
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(JSONValue(parsing: Array(deep.utf8)) == nil)
    }
}
