/// A small well-formedness checker for the SVG CoursePlot writes: tags balance, attributes are
/// quoted and unique, `&` only starts a known entity, there is exactly one root element.
enum SVGChecker {
    /// Nil when `text` is well formed; otherwise the first problem.
    static func problem(in text: String) -> String? {
        let chars = Array(text.unicodeScalars)
        var stack: [String] = []
        var roots = 0
        var i = 0
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == ":" || c == "_" || c == "."
        }
        func checkEntities(_ s: ArraySlice<Unicode.Scalar>) -> String? {
            var j = s.startIndex
            while j < s.endIndex {
                if s[j] == "<" { return "raw < in text or attribute" }
                if s[j] == ">" { return "raw > in text" }
                if s[j] == "&" {
                    guard let semicolon = s[j...].firstIndex(of: ";") else { return "& without ;" }
                    let name = String(String.UnicodeScalarView(s[(j + 1)..<semicolon]))
                    let known = ["amp", "lt", "gt", "quot", "apos"]
                    if !known.contains(name) && !(name.hasPrefix("#") && name.count > 1) { return "unknown entity &\(name);" }
                    j = semicolon
                }
                j += 1
            }
            return nil
        }
        var textStart = 0
        while i < chars.count {
            guard chars[i] == "<" else { i += 1; continue }
            if let problem = checkEntities(chars[textStart..<i]) { return problem }
            if stack.isEmpty, chars[textStart..<i].contains(where: { !$0.properties.isWhitespace }) { return "text outside the root" }
            guard let close = chars[i...].firstIndex(of: ">") else { return "unterminated tag" }
            var body = Array(chars[(i + 1)..<close])
            if body.first == "/" {
                let name = String(String.UnicodeScalarView(body.dropFirst()))
                guard let open = stack.popLast() else { return "closing </\(name)> with nothing open" }
                guard open == name else { return "</\(name)> closes <\(open)>" }
            } else {
                let selfClosing = body.last == "/"
                if selfClosing { body.removeLast() }
                var j = 0
                while j < body.count, isNameScalar(body[j]) { j += 1 }
                let name = String(String.UnicodeScalarView(body[0..<j]))
                if name.isEmpty { return "tag without a name" }
                var seen: [String] = []
                while j < body.count {
                    guard body[j] == " " else { return "<\(name)>: expected a space before an attribute" }
                    j += 1
                    let start = j
                    while j < body.count, isNameScalar(body[j]) { j += 1 }
                    let attribute = String(String.UnicodeScalarView(body[start..<j]))
                    if attribute.isEmpty { return "<\(name)>: empty attribute name" }
                    if seen.contains(attribute) { return "<\(name)>: duplicate attribute \(attribute)" }
                    seen.append(attribute)
                    guard j + 1 < body.count, body[j] == "=", body[j + 1] == "\"" else { return "<\(name)>: \(attribute) is not =\"…\"" }
                    j += 2
                    guard let end = body[j...].firstIndex(of: "\"") else { return "<\(name)>: unterminated value" }
                    if let problem = checkEntities(body[j..<end]) { return "<\(name) \(attribute)>: \(problem)" }
                    j = end + 1
                }
                if stack.isEmpty { roots += 1 }
                if !selfClosing { stack.append(name) }
            }
            i = close + 1
            textStart = i
        }
        if let problem = checkEntities(chars[textStart...]) { return problem }
        if chars[textStart...].contains(where: { !$0.properties.isWhitespace }) { return "text after the root" }
        if !stack.isEmpty { return "unclosed: \(stack)" }
        return roots == 1 ? nil : "\(roots) root elements"
    }
}
