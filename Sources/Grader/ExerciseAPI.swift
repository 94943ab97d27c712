import CourseWire

/// The functions an exercise's starter declares: what the checks may call, and therefore
/// what crosses the pipe between the checks' process and the learner's.
///
/// Read from the starter's text (never from the learner's file): every top-level `func`
/// that is not `private` or `fileprivate`. Parameters and results must be wire types
/// (`Int`, `Double`, `Float`, `Bool`, `String`, arrays and optionals of them); a parameter
/// may have a default value, which the checks' proxy repeats. Anything else (generics,
/// `throws`, `async`, `inout`, variadics, tuples, no result) is an authoring error.
struct ExerciseAPI: Sendable, Hashable {
    /// One declared function.
    struct Function: Sendable, Hashable {
        /// One parameter.
        struct Parameter: Sendable, Hashable {
            /// The argument label; nil for `_`.
            var label: String?
            /// The name inside the function.
            var name: String
            var type: WireType
            /// The default value's source text, if any.
            var defaultValue: String?
        }

        var name: String
        var parameters: [Parameter]
        var result: WireType
        /// The 1-based line of `func` in the starter.
        var line: Int

        /// The declaration as a learner must keep it: `func f(_ x: [Double], k: Int = 2) -> [Double]`.
        var declaration: String {
            let list = parameters.map { parameter -> String in
                let head = parameter.label == parameter.name ? parameter.name : "\(parameter.label ?? "_") \(parameter.name)"
                return "\(head): \(parameter.type)" + (parameter.defaultValue.map { " = \($0)" } ?? "")
            }
            return "func \(name)(\(list.joined(separator: ", "))) -> \(result)"
        }
    }

    var functions: [Function]

    /// Why a starter's declarations cannot be served to the checks.
    struct Problem: Error, Sendable, Equatable {
        var line: Int
        var message: String
    }

    /// Reads the API from a starter's source text.
    static func parse(_ source: String) throws(Problem) -> ExerciseAPI {
        let text = Array(source.unicodeScalars)
        var functions: [Function] = []
        var scanner = SwiftScanner(text)
        while let token = scanner.nextTopLevelWord() {
            guard token.word == "func" else { continue }
            let isPrivate = token.modifiers.contains("private") || token.modifiers.contains("fileprivate")
            let function = try scanner.readSignature(line: token.line)
            if !isPrivate { functions.append(function) }
        }
        guard !functions.isEmpty else {
            throw Problem(line: 1, message: "the starter declares no function for the checks to call")
        }
        var seen: Set<String> = []
        for function in functions {
            let key = function.name + "(" + function.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
            guard seen.insert(key).inserted else {
                throw Problem(line: function.line, message: "'\(key)' is declared twice; give each function of the exercise its own name or labels")
            }
        }
        return ExerciseAPI(functions: functions)
    }
}

/// A minimal Swift reader: finds top-level words outside comments and literals, and reads
/// one function signature. Enough for starters; the compiler judges everything else.
private struct SwiftScanner {
    let text: [Unicode.Scalar]
    var index = 0
    var line = 1
    var depth = 0

    init(_ text: [Unicode.Scalar]) { self.text = text }

    struct Word {
        var word: String
        var line: Int
        var modifiers: [String]
    }

    private var current: Unicode.Scalar? { index < text.count ? text[index] : nil }
    private func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < text.count ? text[index + offset] : nil }

    private mutating func advance() {
        if text[index] == "\n" { line += 1 }
        index += 1
    }

    /// Skips a comment or a string literal at the current position; returns whether it did.
    private mutating func skipTrivia() -> Bool {
        guard let c = current else { return false }
        if c == "/" && peek(1) == "/" {
            while let c = current, c != "\n" { _ = c; advance() }
            return true
        }
        if c == "/" && peek(1) == "*" {
            var nesting = 0
            repeat {
                if current == "/" && peek(1) == "*" { nesting += 1; advance(); advance(); continue }
                if current == "*" && peek(1) == "/" { nesting -= 1; advance(); advance(); continue }
                advance()
            } while current != nil && nesting > 0
            return true
        }
        if c == "\"" {
            let triple = peek(1) == "\"" && peek(2) == "\""
            advance()
            if triple { advance(); advance() }
            while let c = current {
                if c == "\\" { advance(); if current != nil { advance() }; continue }
                if c == "\"" {
                    if !triple { advance(); break }
                    if peek(1) == "\"" && peek(2) == "\"" { advance(); advance(); advance(); break }
                }
                if c == "\n" && !triple { break }
                advance()
            }
            return true
        }
        return false
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "@"
    }

    /// The next word at brace depth 0, with the modifiers written just before it.
    mutating func nextTopLevelWord() -> Word? {
        var modifiers: [String] = []
        while let c = current {
            if skipTrivia() { continue }
            if c == "{" { depth += 1; modifiers = []; advance(); continue }
            if c == "}" { depth = max(0, depth - 1); modifiers = []; advance(); continue }
            if Self.isWordScalar(c) {
                let start = index, startLine = line
                while let c = current, Self.isWordScalar(c) { _ = c; advance() }
                let word = String(String.UnicodeScalarView(text[start..<index]))
                guard depth == 0 else { continue }
                if ["public", "internal", "private", "fileprivate", "static", "@inlinable", "@discardableResult", "nonisolated"].contains(word) {
                    modifiers.append(word)
                    continue
                }
                return Word(word: word, line: startLine, modifiers: modifiers)
            }
            if c != " " && c != "\n" && c != "\t" && c != "\r" { modifiers = [] }
            advance()
        }
        return nil
    }

    private mutating func skipSpace() {
        while let c = current {
            if skipTrivia() { continue }
            guard c == " " || c == "\n" || c == "\t" || c == "\r" else { return }
            advance()
        }
    }

    private mutating func readWord() -> String {
        let start = index
        while let c = current, c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) { _ = c; advance() }
        return String(String.UnicodeScalarView(text[start..<index]))
    }

    /// Text up to (not including) one of `stops` at bracket depth 0, trimmed.
    private mutating func readUntil(_ stops: Set<Unicode.Scalar>) -> String {
        var nesting = 0
        var out = String.UnicodeScalarView()
        while let c = current {
            if c == "\"" || (c == "/" && (peek(1) == "/" || peek(1) == "*")) {
                let start = index
                _ = skipTrivia()
                if c == "\"" { out.append(contentsOf: text[start..<index]) }
                continue
            }
            if nesting == 0 && stops.contains(c) { break }
            if c == "(" || c == "[" || c == "<" { nesting += 1 }
            if c == ")" || c == "]" || c == ">" {
                // `->` is an arrow, not a closing angle bracket.
                if !(c == ">" && out.last == "-") { nesting -= 1 }
            }
            out.append(c)
            advance()
        }
        return String(out).trimmingSpaces()
    }

    /// Reads `name(parameters) -> Result` after `func`.
    mutating func readSignature(line: Int) throws(ExerciseAPI.Problem) -> ExerciseAPI.Function {
        skipSpace()
        let name = readWord()
        guard !name.isEmpty else { throw .init(line: line, message: "cannot read the function's name after 'func'") }
        skipSpace()
        if current == "<" {
            throw .init(line: line, message: "'\(name)' is generic; the checks can only call functions with concrete types")
        }
        guard current == "(" else { throw .init(line: line, message: "expected '(' after 'func \(name)'") }
        advance()
        var parameters: [ExerciseAPI.Function.Parameter] = []
        while true {
            skipSpace()
            if current == ")" { advance(); break }
            let piece = readUntil([",", ")"])
            parameters.append(try Self.parameter(piece, function: name, line: line))
            if current == "," { advance() }
            guard current != nil else { throw .init(line: line, message: "the parameter list of '\(name)' does not end") }
        }
        let effects = readUntil(["{", "\n"])
        var rest = Substring(effects)
        for effect in ["async", "throws", "rethrows"] where rest.contains(effect) {
            throw .init(line: line, message: "'\(name)' is declared '\(effect)'; exercise functions must be plain synchronous functions")
        }
        rest = rest.drop { $0 == " " }
        guard rest.hasPrefix("->") else {
            throw .init(line: line, message: "'\(name)' returns nothing; the checks can only judge what a function returns, so give it a result")
        }
        var resultText = String(rest.dropFirst(2)).trimmingSpaces()
        if let whereClause = resultText.range(of: " where ") { resultText = String(resultText[..<whereClause.lowerBound]) }
        guard let result = WireType(swiftType: resultText) else {
            throw .init(line: line, message: "'\(name)' returns \(resultText), which cannot cross to the checks; use Int, Double, Float, Bool, String, or arrays and optionals of them")
        }
        return ExerciseAPI.Function(name: name, parameters: parameters, result: result, line: line)
    }

    private static func parameter(_ piece: String, function: String, line: Int) throws(ExerciseAPI.Problem) -> ExerciseAPI.Function.Parameter {
        var declaration = piece, defaultValue: String?
        if let equals = piece.firstIndex(of: "=") {
            declaration = String(piece[..<equals]).trimmingSpaces()
            defaultValue = String(piece[piece.index(after: equals)...]).trimmingSpaces()
        }
        guard let colon = declaration.firstIndex(of: ":") else {
            throw .init(line: line, message: "cannot read the parameter '\(piece)' of '\(function)'")
        }
        let names = declaration[..<colon].split(separator: " ").map(String.init)
        let typeText = String(declaration[declaration.index(after: colon)...]).trimmingSpaces()
        guard (1...2).contains(names.count) else {
            throw .init(line: line, message: "cannot read the parameter '\(piece)' of '\(function)'")
        }
        if typeText.hasPrefix("inout ") || typeText.hasSuffix("...") {
            throw .init(line: line, message: "the parameter '\(names.last!)' of '\(function)' is inout or variadic; exercise functions take plain values")
        }
        guard let type = WireType(swiftType: typeText) else {
            throw .init(line: line, message: "the parameter '\(names.last!)' of '\(function)' has type \(typeText), which cannot cross to the learner's code; use Int, Double, Float, Bool, String, or arrays and optionals of them")
        }
        let label = names.count == 2 ? (names[0] == "_" ? nil : names[0]) : names[0]
        return .init(label: label, name: names.last!, type: type, defaultValue: defaultValue)
    }
}

private extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
