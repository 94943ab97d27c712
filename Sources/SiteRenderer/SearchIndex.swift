/// One searchable section of a lesson: the text between two headings.
struct SearchSection: Sendable, Hashable {
    let title: String
    let section: String
    let url: String
    let text: String
}

/// Writes the search index as a script that sets `window.courseSearchIndex`.
///
/// A script rather than a JSON file, because pages opened from `file://` may not `fetch`
/// files beside them, but may load scripts.
enum SearchIndex {
    /// The index's site path.
    static let path = "assets/search-index.js"
    /// Longest text kept per section; enough for snippets and matching, small on disk.
    static let maximumTextLength = 1_500

    static func script(for sections: [SearchSection]) -> String {
        var script = "window.courseSearchIndex = [\n"
        for (index, section) in sections.enumerated() {
            script += "{\"title\":\(json(section.title)),\"section\":\(json(section.section)),\"url\":\(json(section.url)),\"text\":\(json(String(section.text.prefix(maximumTextLength))))}"
            script += index == sections.count - 1 ? "\n" : ",\n"
        }
        return script + "];\n"
    }

    /// A JSON string literal; also escapes `<` and the JavaScript line separators so the
    /// text can never end a script element or a line early.
    static func json(_ text: String) -> String {
        let needsEscaping = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0xE2 }
        guard needsEscaping else { return "\"" + text + "\"" }
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case "<": literal += "\\u003c"
            case "\u{2028}": literal += "\\u2028"
            case "\u{2029}": literal += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
