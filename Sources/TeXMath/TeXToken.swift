/// One lexical unit of TeX source with the position where it starts.
struct TeXToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `\name` (letters) or a control symbol such as `\,` (name ","); the name has no backslash.
        case command(String)
        /// Any other single character, including `{`, `}`, `^`, `_`, `&`.
        case character(Character)
        /// A run of spaces, tabs and newlines. Math mode ignores it; `\text` keeps one space.
        case whitespace
        /// Always the last token, so the parser can look ahead without bounds checks.
        case endOfInput
    }

    let kind: Kind
    let position: SourcePosition

    /// Whether the token contributes anything (not whitespace and not the end marker).
    var isSignificant: Bool {
        switch kind {
        case .whitespace, .endOfInput: false
        default: true
        }
    }

    func isCharacter(_ character: Character) -> Bool {
        kind == .character(character)
    }

    func isCommand(_ name: String) -> Bool {
        kind == .command(name)
    }

    /// The token as it would be written in the source, for error messages and raw arguments.
    var spelling: String {
        switch kind {
        case .command(let name): "\\" + name
        case .character(let character): String(character)
        case .whitespace: " "
        case .endOfInput: ""
        }
    }
}
