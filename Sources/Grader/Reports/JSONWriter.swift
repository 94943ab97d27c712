/// A tiny JSON writer with a fixed key order, so reports are byte-for-byte reproducible and
/// golden-file tests can compare them.
struct JSONWriter {
    private(set) var text = ""
    private var indent = 0
    private var needsComma: [Bool] = [false]

    enum Value {
        case string(String?)
        case number(Double)
        case int(Int)
        case bool(Bool)
        case null
        /// JSON text the caller rendered, inserted as it is.
        case raw(String)
    }

    mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    mutating func endArray() { close("]") }

    mutating func field(_ key: String, _ value: Value) {
        separator()
        text += Self.quote(key) + ": " + Self.render(value)
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        separator()
        if let key { text += Self.quote(key) + ": " }
        text += bracket
        indent += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if hadItems { text += "\n" + String(repeating: "  ", count: indent) }
        text += bracket
        if indent == 0 { text += "\n" }
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        if indent > 0 { text += "\n" + String(repeating: "  ", count: indent) }
        needsComma[needsComma.count - 1] = true
    }

    static func render(_ value: Value) -> String {
        switch value {
        case .string(let string): return string.map(quote) ?? "null"
        case .number(let number):
            if number.isNaN || number.isInfinite { return "null" }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .int(let int): return String(int)
        case .bool(let bool): return bool ? "true" : "false"
        case .null: return "null"
        case .raw(let text): return text
        }
    }

    static func quote(_ string: String) -> String {
        var quoted = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
