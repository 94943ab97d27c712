/// Serializes a ``MathNode`` tree to MathML text.
enum MathMLWriter {
    static let namespace = "http://www.w3.org/1998/Math/MathML"

    /// The complete `<math>` element with the TeX source as annotation.
    static func document(body: MathNode, display: Bool, annotation: String) -> String {
        var output = ""
        output.reserveCapacity(annotation.utf8.count * 8 + 200)
        output += "<math xmlns=\"\(namespace)\" display=\"\(display ? "block" : "inline")\">"
        output += "<semantics>"
        write(body, into: &output)
        output += "<annotation encoding=\"application/x-tex\">"
        output += escape(annotation)
        output += "</annotation></semantics></math>"
        return output
    }

    static func write(_ node: MathNode, into output: inout String) {
        output += "<" + node.name
        // Sorted so that equal trees always serialize to the same bytes.
        for key in node.attributes.keys.sorted() {
            output += " " + key + "=\"" + escape(node.attributes[key] ?? "") + "\""
        }
        switch node.content {
        case .text(let text):
            output += ">" + escape(text) + "</" + node.name + ">"
        case .children(let children) where children.isEmpty && node.name == "mspace":
            output += "/>"
        case .children(let children):
            output += ">"
            for child in children {
                write(child, into: &output)
            }
            output += "</" + node.name + ">"
        }
    }

    /// Escapes the characters that would break HTML or XML text and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
