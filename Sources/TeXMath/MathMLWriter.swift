/// Serializes a ``MathNode`` tree to MathML text.
enum MathMLWriter {
    static let namespace = "http://www.w3.org/1998/Math/MathML"

    /// The complete `<math>` element with the TeX source as annotation.
    ///
    /// Written as UTF-8 bytes and made a string once: appending small strings cost about a
    /// tenth of a cold build of a course heavy in math.
    static func document(body: MathNode, display: Bool, annotation: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(annotation.utf8.count * 12 + 200)
        append("<math xmlns=\"\(namespace)\" display=\"\(display ? "block" : "inline")\"><semantics>", to: &output)
        write(body, into: &output)
        append("<annotation encoding=\"application/x-tex\">", to: &output)
        appendEscaped(annotation, to: &output)
        append("</annotation></semantics></math>", to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func write(_ node: MathNode, into output: inout [UInt8]) {
        output.append(0x3C)
        append(node.name, to: &output)
        // Sorted so that equal trees always serialize to the same bytes.
        let keys = node.attributes.count > 1 ? node.attributes.keys.sorted() : Array(node.attributes.keys)
        for key in keys {
            output.append(0x20)
            append(key, to: &output)
            output += [0x3D, 0x22]
            appendEscaped(node.attributes[key] ?? "", to: &output)
            output.append(0x22)
        }
        switch node.content {
        case .text(let text):
            output.append(0x3E)
            appendEscaped(text, to: &output)
            output += [0x3C, 0x2F]
            append(node.name, to: &output)
            output.append(0x3E)
        case .children(let children) where children.isEmpty && node.name == "mspace":
            output += [0x2F, 0x3E]
        case .children(let children):
            output.append(0x3E)
            for child in children {
                write(child, into: &output)
            }
            output += [0x3C, 0x2F]
            append(node.name, to: &output)
            output.append(0x3E)
        }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    /// Appends `text` with the characters that would break HTML or XML text and attribute
    /// values escaped (they are ASCII, so other UTF-8 bytes go through as they are).
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case 0x26: output += [0x26, 0x61, 0x6D, 0x70, 0x3B]         // &amp;
                case 0x3C: output += [0x26, 0x6C, 0x74, 0x3B]               // &lt;
                case 0x3E: output += [0x26, 0x67, 0x74, 0x3B]               // &gt;
                case 0x22: output += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]   // &quot;
                default: output.append(byte)
                }
            }
        }
    }
}
