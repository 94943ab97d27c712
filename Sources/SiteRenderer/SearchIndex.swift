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
        script(joining: [entries(for: sections)])
    }

    /// The index entries of some sections, one JSON object per line, each ending in ",\n";
    /// lessons make theirs in parallel and ``script(joining:)`` puts them together.
    static func entries(for sections: [SearchSection]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sections.count * 512)
        for section in sections {
            bytes += Array("{\"title\":".utf8)
            appendJSON(section.title, to: &bytes)
            bytes += Array(",\"section\":".utf8)
            appendJSON(section.section, to: &bytes)
            bytes += Array(",\"url\":".utf8)
            appendJSON(section.url, to: &bytes)
            bytes += Array(",\"text\":".utf8)
            // A text of no more bytes than the limit has no more characters either; only longer
            // ones are counted by Character, which is slow.
            appendJSON(section.text.utf8.count <= maximumTextLength ? section.text : String(section.text.prefix(maximumTextLength)), to: &bytes)
            bytes += Array("},\n".utf8)
        }
        return bytes
    }

    /// The whole script from every lesson's entries, in order.
    static func script(joining parts: [[UInt8]]) -> String {
        String(decoding: scriptBytes(joining: parts.map { $0[...] }), as: UTF8.self)
    }

    /// The script as bytes, from entries that may be slices of the build cache.
    static func scriptBytes(joining parts: [ArraySlice<UInt8>]) -> [UInt8] {
        var script: [UInt8] = Array("window.courseSearchIndex = [\n".utf8)
        script.reserveCapacity(parts.reduce(64) { $0 + $1.count })
        for part in parts { script += part }
        // No comma after the last entry: older parsers reject it.
        if script.count >= 2, script[script.count - 2] == 0x2C { script.remove(at: script.count - 2) }
        script += Array("];\n".utf8)
        return script
    }

    /// A JSON string literal; also escapes `<` and the JavaScript line separators so the
    /// text can never end a script element or a line early.
    static func json(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendJSON(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, working on UTF-8 bytes.
    static func appendJSON(_ text: String, to bytes: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(0x22)
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x3C: bytes += Array("\\u003c".utf8)
            case 0x00..<0x20: bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                // U+2028 and U+2029 end lines in older JavaScript.
                bytes += Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: bytes.append(byte)
            }
            index += 1
        }
        bytes.append(0x22)
    }
}
