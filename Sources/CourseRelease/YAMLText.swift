import Yams

/// Writes the small YAML mappings an edition carries (`course.yml`, exercise front matter)
/// with Yams's emitter, from values the course loader already validated: the authors'
/// text is parsed, never patched by pattern, so quoting and escaping are the emitter's.
enum YAMLText {
    /// A value of a top-level key.
    enum Value {
        case text(String)
        case number(Double)
        case flag(Bool)
    }

    /// A block mapping of `pairs`, in their order, one key per line, ending in a newline.
    static func mapping(_ pairs: [(key: String, value: Value)]) throws(ReleaseError) -> String {
        let nodes = pairs.map { pair -> (Node, Node) in (Node(pair.key), node(for: pair.value)) }
        do {
            return try Yams.serialize(node: Node(nodes), width: -1, allowUnicode: true)
        } catch {
            throw .problems(["error: cannot write YAML: \(error)"])
        }
    }

    private static func node(for value: Value) -> Node {
        switch value {
        case .text(let text):
            // Always quoted: a title such as `yes`, `1.0` or `null` stays text.
            return Node(text, Tag(.str), .doubleQuoted)
        case .number(let number):
            let text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            return Node(text, Tag(number == number.rounded() ? .int : .float), .plain)
        case .flag(let flag):
            return Node(flag ? "true" : "false", Tag(.bool), .plain)
        }
    }
}
