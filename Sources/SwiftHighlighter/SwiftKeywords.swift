/// The words Swift treats as keywords, grouped by how freely they can also be used as names.
enum SwiftKeywords {
    enum Role {
        /// Always a keyword, except as an argument label or after a member-access dot.
        case reserved
        /// A keyword only in certain positions (`some`, `get`, `open`, …); elsewhere an ordinary name.
        case contextual
        /// A keyword only after a dot, as in `T.Type`; elsewhere a type name.
        case memberKeyword
        /// `associativity`, `higherThan`, … inside a `precedencegroup`, where a colon follows them.
        case precedenceGroupAttribute
        /// `left`, `right` or `none` right after `associativity:`.
        case associativity
    }

    /// Looks a word up without building a `String`, since this runs for every identifier.
    static func role(of word: ArraySlice<UInt8>) -> Role? {
        guard let first = word.first, first < 0x80, word.count < maxLength else { return nil }
        for entry in table[bucket(length: word.count, first: first)] where entry.word.elementsEqual(word) {
            return entry.role
        }
        return nil
    }

    private struct Entry {
        let word: [UInt8]
        let role: Role
    }

    private static let maxLength = 24

    private static func bucket(length: Int, first: UInt8) -> Int {
        length &* 128 &+ Int(first)
    }

    /// Words bucketed by length and first byte; each bucket holds at most a few entries.
    private static let table: [[Entry]] = {
        var table = [[Entry]](repeating: [], count: maxLength * 128)
        let groups: [(Set<String>, Role)] = [
            (reserved, .reserved), (contextual, .contextual), (["Type", "Protocol"], .memberKeyword),
            (precedenceGroupAttributes, .precedenceGroupAttribute), (associativities, .associativity),
        ]
        for (words, role) in groups {
            for word in words {
                let bytes = Array(word.utf8)
                table[bucket(length: bytes.count, first: bytes[0])].append(Entry(word: bytes, role: role))
            }
        }
        return table
    }()

    static let reserved: Set<String> = [
        // Declarations
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "operator", "private", "precedencegroup", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        // Statements
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        // Expressions and types
        "Any", "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
    ]

    /// Precedence-group words are handled separately (see `precedenceGroupAttributes`):
    /// outside a `precedencegroup`, `left`, `right` and `none` are far more often ordinary names.
    static let contextual: Set<String> = [
        "actor", "any", "async", "await", "borrowing", "consume", "consuming", "convenience",
        "copy", "didSet", "dynamic", "each", "final", "get", "indirect", "infix", "isolated",
        "lazy", "macro", "mutating", "nonisolated", "nonmutating", "open", "optional", "override",
        "package", "postfix", "prefix", "required", "sending", "set", "some", "unowned", "weak",
        "willSet",
    ]

    /// Keywords that stay keywords right after a dot (`x.self`, `.init(…)`, `T.Type`);
    /// any other word there is a member name, as in `.default` or `.some(x)`.
    static let afterDot: Set<String> = ["self", "init", "Type", "Protocol"]

    /// Literal keywords, which keep their meaning before a colon (`case true:`, `[nil: 0]`).
    static let literals: Set<String> = ["true", "false", "nil", "self", "Self", "super"]

    /// Keywords that introduce a name, so a contextual word right after them is that name (`let set`, `func get()`).
    static let nameIntroducers: Set<String> = [
        "let", "var", "func", "case", "typealias", "class", "struct", "enum", "protocol", "actor",
        "associatedtype", "macro",
    ]

    /// Contextual keywords that take a parenthesised argument when used as keywords (`set(newValue)`, `throws(E)`);
    /// other contextual words followed by `(` are calls, as in `open(path)` or `prefix(3)`.
    static let takesParenthesizedArgument: Set<String> = [
        "set", "willSet", "didSet", "unowned", "nonisolated",
    ]

    /// Keywords that sit between two operands, so a word right before them is an operand, not a modifier.
    static let operatorKeywords: Set<String> = ["in", "as", "is"]

    /// Keywords that stay keywords when an argument label would be expected, because they start a parameter or pattern.
    static let neverLabels: Set<String> = ["let", "var", "inout"]

    /// Words that open a list of availability arguments.
    static let availabilityIntroducers: Set<String> = ["@available", "#available", "#unavailable"]

    /// Availability arguments that stand alone, without a version or a value.
    static let availabilityFlags: Set<String> = ["deprecated", "unavailable", "noasync"]

    /// Keywords inside `precedencegroup { … }`, each followed by a colon.
    static let precedenceGroupAttributes: Set<String> = ["associativity", "higherThan", "lowerThan", "assignment"]

    /// Values of `associativity:`; keywords only right after it.
    static let associativities: Set<String> = ["left", "right", "none"]
}
