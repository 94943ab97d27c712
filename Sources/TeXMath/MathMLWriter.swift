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
        // The special characters are ASCII, so UTF-8 bytes can be copied through as they are.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
