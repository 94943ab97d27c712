import Yams

/// Reads the top-level fields of a YAML mapping, turning every problem into a diagnostic
/// that points at the right line of the file the YAML came from.
///
/// Front matter is strict on purpose: a misspelt key is reported, not silently ignored, so
/// an author who writes `sumary:` learns it at once.
struct YAMLFields {
    private let file: String
    /// How many file lines precede the YAML's first line.
    private let lineOffset: Int
    private var fields: [String: (key: Node, value: Node)] = [:]
    private var fieldOrder: [String] = []
    var diagnostics: [Diagnostic] = []
    /// Where the mapping starts, for "missing key" problems.
    private let startLine: Int
    /// False when the YAML could not be read; then missing keys are not reported on top.
    private var isReadable = true

    init(yaml: String, file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
        self.startLine = lineOffset + 1
        let root: Node?
        do {
            // UTF-8 named outright: the default reads the process environment on every call.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, file: file, lineOffset: lineOffset))
            isReadable = false
            return
        } catch {
            diagnostics.append(Diagnostic(file: file, line: startLine, message: "cannot read the YAML: \(error)"))
            isReadable = false
            return
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            diagnostics.append(diagnostic(at: root, "expected 'key: value' lines, found a \(Self.describe(root))"))
            isReadable = false
            return
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.append(diagnostic(at: key, "keys must be plain words"))
                continue
            }
            if fields[name] != nil {
                diagnostics.append(diagnostic(at: key, "the key '\(name)' appears twice; keep one"))
                continue
            }
            fields[name] = (key, value)
            fieldOrder.append(name)
        }
    }

    /// A required text field; a missing or empty one is a problem.
    mutating func requiredString(_ name: String, purpose: String) -> String {
        guard let field = fields[name] else {
            guard isReadable else { return "" }
            diagnostics.append(Diagnostic(file: file, line: startLine, column: 1,
                                          message: "missing '\(name)' in front matter; add '\(name): …' (\(purpose))"))
            return ""
        }
        let text = string(field.value, name: name)
        if text?.trimmingWhitespace().isEmpty == true {
            diagnostics.append(diagnostic(at: field.value, "'\(name)' is empty; write \(purpose)"))
        }
        return text ?? ""
    }

    /// An optional text field.
    mutating func optionalString(_ name: String) -> String? {
        guard let field = fields[name] else { return nil }
        return string(field.value, name: name)
    }

    /// An optional yes/no field.
    mutating func bool(_ name: String, default defaultValue: Bool) -> Bool {
        guard let field = fields[name] else { return defaultValue }
        if let scalar = field.value.scalar, let value = Bool.construct(from: scalar) { return value }
        diagnostics.append(diagnostic(at: field.value, "'\(name)' must be true or false"))
        return defaultValue
    }

    /// An optional number within `range`.
    mutating func optionalDouble(_ name: String, range: ClosedRange<Double>, unit: String) -> Double? {
        guard let field = fields[name] else { return nil }
        guard let scalar = field.value.scalar, let value = Double(scalar.string), range.contains(value) else {
            diagnostics.append(diagnostic(at: field.value, "'\(name)' must be a number of \(unit) between \(range.lowerBound) and \(range.upperBound)"))
            return nil
        }
        return value
    }

    /// A list of text items, such as objectives.
    mutating func stringList(_ name: String, required: Bool, purpose: String) -> [String] {
        guard let field = fields[name] else {
            if required && isReadable {
                diagnostics.append(Diagnostic(file: file, line: startLine, column: 1,
                                              message: "missing '\(name)' in front matter; add a list of \(purpose)"))
            }
            return []
        }
        guard let sequence = field.value.sequence else {
            diagnostics.append(diagnostic(at: field.value, "'\(name)' must be a list ('- item' lines) of \(purpose)"))
            return []
        }
        var items: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string, !text.trimmingWhitespace().isEmpty else {
                diagnostics.append(diagnostic(at: item, "each item of '\(name)' must be a line of text"))
                continue
            }
            items.append(text)
        }
        if required && items.isEmpty && sequence.count == 0 {
            diagnostics.append(diagnostic(at: field.value, "'\(name)' is empty; list at least one of \(purpose)"))
        }
        return items
    }

    /// Reports every key not in `known`, so misspellings do not pass silently.
    mutating func rejectUnknownKeys(known: [String]) {
        for name in fieldOrder where !known.contains(name) {
            let key = fields[name]!.key
            let suggestion = known.min { editDistance(name, $0) < editDistance(name, $1) }
            var message = "unknown key '\(name)'"
            if let suggestion, editDistance(name, suggestion) <= 2 {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; known keys are \(known.map { "'\($0)'" }.joined(separator: ", "))"
            }
            diagnostics.append(diagnostic(at: key, message))
        }
    }

    private mutating func string(_ node: Node, name: String) -> String? {
        guard let scalar = node.scalar else {
            diagnostics.append(diagnostic(at: node, "'\(name)' must be text, found a \(Self.describe(node))"))
            return nil
        }
        return scalar.string
    }

    private func diagnostic(at node: Node, _ message: String) -> Diagnostic {
        guard let mark = node.mark else { return Diagnostic(file: file, line: startLine, message: message) }
        return Diagnostic(file: file, line: mark.line + lineOffset, column: mark.column, message: message)
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return Diagnostic(file: file, line: mark.line + lineOffset, column: mark.column,
                              message: "malformed YAML (\(detail)); check indentation and quote values that contain ':' or '#'")
        default:
            return Diagnostic(file: file, line: lineOffset + 1, message: "malformed YAML: \(error)")
        }
    }
}

/// Levenshtein distance, for "did you mean" suggestions on short keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for (i, ca) in a.enumerated() {
        var current = [i + 1]
        for (j, cb) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
