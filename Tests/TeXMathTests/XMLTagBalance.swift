/// A tiny well-formedness checker for the renderer's output: tags nest and close in order,
/// attribute values are quoted, and `&` only starts the entities the writer emits.
///
/// Not a general XML parser: it knows exactly the syntax MathMLWriter produces.
enum XMLTagBalance {
    /// `nil` when `markup` is balanced, otherwise what is wrong first.
    static func problem(in markup: String) -> String? {
        let bytes = Array(markup.utf8)
        var open: [String] = []
        var index = 0
        var sawRoot = false

        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                guard let entityEnd = bytes[index...].firstIndex(of: UInt8(ascii: ";")) else {
                    return "unterminated entity at byte \(index)"
                }
                let entity = String(decoding: bytes[index...entityEnd], as: UTF8.self)
                guard ["&amp;", "&lt;", "&gt;", "&quot;"].contains(entity) else {
                    return "unexpected entity \(entity) at byte \(index)"
                }
                index = entityEnd + 1
                continue
            }
            if byte == UInt8(ascii: ">") { return "bare '>' in text at byte \(index)" }
            guard byte == UInt8(ascii: "<") else {
                if open.isEmpty { return "text outside the root element at byte \(index)" }
                index += 1
                continue
            }
            guard let tagEnd = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else {
                return "unterminated tag at byte \(index)"
            }
            let inner = String(decoding: bytes[(index + 1)..<tagEnd], as: UTF8.self)
            index = tagEnd + 1

            if inner.hasPrefix("/") {
                let name = String(inner.dropFirst())
                guard let last = open.popLast() else { return "closing </\(name)> with nothing open" }
                guard last == name else { return "closing </\(name)> while <\(last)> is open" }
                continue
            }
            let selfClosing = inner.hasSuffix("/")
            let body = selfClosing ? String(inner.dropLast()) : inner
            let name = String(body.prefix { $0 != " " })
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter }) else { return "bad tag name in <\(inner)>" }
            if let attributeProblem = checkAttributes(String(body.dropFirst(name.count))) {
                return "\(attributeProblem) in <\(name)>"
            }
            if open.isEmpty {
                if sawRoot { return "second root element <\(name)>" }
                sawRoot = true
            }
            if !selfClosing { open.append(name) }
        }
        if let last = open.last { return "<\(last)> is never closed" }
        return sawRoot ? nil : "no element"
    }

    /// Attributes must be ` name="value"` pairs with no raw `<` or `"` inside values.
    private static func checkAttributes(_ text: String) -> String? {
        var rest = Substring(text)
        while !rest.isEmpty {
            guard rest.first == " " else { return "attributes not separated by a space" }
            rest = rest.dropFirst()
            let name = rest.prefix { $0 != "=" }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" }) else {
                return "bad attribute name '\(name)'"
            }
            rest = rest.dropFirst(name.count)
            guard rest.hasPrefix("=\"") else { return "attribute \(name) is not quoted" }
            rest = rest.dropFirst(2)
            guard let close = rest.firstIndex(of: "\"") else { return "attribute \(name) is not closed" }
            if rest[..<close].contains("<") { return "raw '<' in attribute \(name)" }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }
}
