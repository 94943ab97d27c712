// A tiny SVG text builder: elements with ordered attributes, escaped text, one element per
// line, so output is readable, diffable and deterministic.

/// Builds SVG markup. Attribute order is the order given; every value and text is escaped.
struct SVGWriter {
    /// The markup so far.
    private(set) var text = ""
    /// Open elements, innermost last (checked on `close`).
    private var open: [String] = []

    /// `<name a="b">` and a newline; close it with `close()`.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name + Self.attributeText(attributes) + ">\n"
        open.append(name)
    }

    /// The closing tag of the innermost open element.
    mutating func close() {
        let name = open.removeLast()
        text += "</" + name + ">\n"
    }

    /// `<name a="b"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        text += "<" + name + Self.attributeText(attributes) + "/>\n"
    }

    /// `<name a="b">content</name>` with `content` escaped.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], content: String) {
        text += "<" + name + Self.attributeText(attributes) + ">" + Self.escape(content) + "</" + name + ">\n"
    }

    /// The finished markup; every opened element must have been closed.
    var finished: String {
        precondition(open.isEmpty, "unclosed SVG elements: \(open)")
        return text
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        var text = ""
        for (name, value) in attributes {
            text += " " + name + "=\"" + escape(value) + "\""
        }
        return text
    }

    /// Escapes `&`, `<`, `>`, `"` and `=` as entities, and replaces control characters XML does not
    /// allow (everything below U+0020 except tab, newline and carriage return) with spaces.
    static func escape(_ raw: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(raw.unicodeScalars.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // "=" too, so that prose such as "one = 1" can never look like an event-handler
            // attribute (on…=) to a page's safety check scanning the markup as text.
            case "=": result += "&#61;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
