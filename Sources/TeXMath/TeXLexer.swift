/// Splits TeX source into tokens, tracking line and UTF-8 byte column for error messages.
enum TeXLexer {
    static func tokenize(_ source: String) throws(MathError) -> [TeXToken] {
        let characters = Array(source)
        var tokens: [TeXToken] = []
        var cursor = Cursor()
        var index = 0

        while index < characters.count {
            let character = characters[index]
            let position = cursor.position

            if character == "%" {
                // A comment runs to the end of the line; the newline itself stays as whitespace.
                while index < characters.count, !characters[index].isNewline {
                    cursor.advance(over: characters[index])
                    index += 1
                }
                continue
            }

            if character.isTeXWhitespace {
                while index < characters.count, characters[index].isTeXWhitespace {
                    cursor.advance(over: characters[index])
                    index += 1
                }
                tokens.append(TeXToken(kind: .whitespace, position: position))
                continue
            }

            if character == "\\" {
                cursor.advance(over: character)
                index += 1
                guard index < characters.count else {
                    throw MathError.trailingBackslash(at: position)
                }
                let next = characters[index]
                if next.isASCIILetter {
                    var name = ""
                    while index < characters.count, characters[index].isASCIILetter {
                        name.append(characters[index])
                        cursor.advance(over: characters[index])
                        index += 1
                    }
                    tokens.append(TeXToken(kind: .command(name), position: position))
                    // TeX drops the spaces after a control word; it matters inside \text.
                    while index < characters.count, characters[index].isTeXWhitespace {
                        cursor.advance(over: characters[index])
                        index += 1
                    }
                } else {
                    // A control symbol; backslash followed by any whitespace is a control space.
                    let name = next.isTeXWhitespace ? " " : String(next)
                    cursor.advance(over: next)
                    index += 1
                    tokens.append(TeXToken(kind: .command(name), position: position))
                }
                continue
            }

            tokens.append(TeXToken(kind: .character(character), position: position))
            cursor.advance(over: character)
            index += 1
        }

        tokens.append(TeXToken(kind: .endOfInput, position: cursor.position))
        return tokens
    }

    /// Line and byte column of the next character.
    private struct Cursor {
        var line = 1
        var column = 1

        var position: SourcePosition { SourcePosition(line: line, column: column) }

        mutating func advance(over character: Character) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.utf8.count
            }
        }
    }
}

extension Character {
    /// TeX command names are made of ASCII letters only.
    // Compared against ASCII ranges directly: Unicode property lookups dominated the
    // lexer's time in the build benchmark.
    var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }

    var isASCIIDigit: Bool {
        ("0"..."9").contains(self)
    }

    /// Whitespace, with the ASCII cases decided without a Unicode table lookup.
    var isTeXWhitespace: Bool {
        self == " " || self == "\n" || self == "\t" || self == "\r\n" || self == "\r" || (!isASCII && isWhitespace)
    }
}
