import Foundation

/// One piece of an HTML fragment as the differential test compares it: a start tag with its
/// attributes, an end tag, text (entities decoded) or a comment.
///
/// Both sides of the comparison come from known writers (cmark and `course render`), so this
/// reads their output, not arbitrary HTML: attribute values are double-quoted, `/>` and `>`
/// end a tag alike (so `<br />` and `<br>` are the same token), and `<` always starts markup.
enum HTMLToken: Equatable, CustomStringConvertible {
    case start(String, [String: String])
    case end(String)
    case text(String)
    case comment(String)

    /// The tokens of `html`, with adjacent text merged.
    static func tokens(of html: String) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var rest = Substring(html)
        while !rest.isEmpty {
            if rest.hasPrefix("<!--"), let close = rest.range(of: "-->") {
                tokens.append(.comment(String(rest[rest.index(rest.startIndex, offsetBy: 4)..<close.lowerBound])))
                rest = rest[close.upperBound...]
            } else if rest.hasPrefix("<"), let tag = readTag(&rest) {
                tokens.append(tag)
            } else {
                let next = rest.dropFirst().firstIndex(of: "<") ?? rest.endIndex
                append(.text(decodeEntities(String(rest[..<next]))), to: &tokens)
                rest = rest[next...]
            }
        }
        return tokens
    }

    /// Appends, merging text into the text before it.
    static func append(_ token: HTMLToken, to tokens: inout [HTMLToken]) {
        if case .text(let new) = token, case .text(let old)? = tokens.last {
            tokens[tokens.count - 1] = .text(old + new)
        } else if case .text("") = token {
            return
        } else {
            tokens.append(token)
        }
    }

    private static func readTag(_ rest: inout Substring) -> HTMLToken? {
        var scanner = rest.dropFirst()
        let isEnd = scanner.hasPrefix("/")
        if isEnd { scanner = scanner.dropFirst() }
        let name = scanner.prefix { $0.isLetter || $0.isNumber }
        guard !name.isEmpty else { return nil }
        scanner = scanner.dropFirst(name.count)
        var attributes: [String: String] = [:]
        while true {
            scanner = scanner.drop { $0 == " " || $0 == "\n" || $0 == "/" }
            if scanner.hasPrefix(">") {
                rest = scanner.dropFirst()
                return isEnd ? .end(name.lowercased()) : .start(name.lowercased(), attributes)
            }
            let key = scanner.prefix { $0 != "=" && $0 != ">" && $0 != " " && $0 != "/" }
            guard !key.isEmpty else { return nil }
            scanner = scanner.dropFirst(key.count)
            var value = ""
            if scanner.hasPrefix("=\"") {
                scanner = scanner.dropFirst(2)
                guard let close = scanner.firstIndex(of: "\"") else { return nil }
                value = decodeEntities(String(scanner[..<close]))
                scanner = scanner[scanner.index(after: close)...]
            }
            attributes[String(key)] = value
        }
    }

    /// Decodes the character references both writers emit: the four escapes, numeric ones,
    /// and any other named one left as it is.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            var decoded: String?
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16) {
                    decoded = Unicode.Scalar(value).map { String(Character($0)) }
                } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) {
                    decoded = Unicode.Scalar(value).map { String(Character($0)) }
                }
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// One line per token, attributes sorted, newlines in text shown as `⏎`.
    var description: String {
        switch self {
        case .start(let name, let attributes):
            let list = attributes.keys.sorted().map { " \($0)=\"\(attributes[$0]!)\"" }.joined()
            return "<\(name)\(list)>"
        case .end(let name): return "</\(name)>"
        case .text(let text): return "“" + text.replacingOccurrences(of: "\n", with: "⏎") + "”"
        case .comment(let text): return "<!--\(text)-->"
        }
    }

    var isWhitespace: Bool {
        if case .text(let text) = self { return text.allSatisfy { $0 == " " || $0 == "\n" } }
        return false
    }

    func isStart(_ name: String) -> Bool {
        if case .start(name, _) = self { return true }
        return false
    }

    func isEnd(_ name: String) -> Bool {
        self == .end(name)
    }

    var attributes: [String: String] {
        if case .start(_, let attributes) = self { return attributes }
        return [:]
    }
}
