/// Splits TeX source into tokens, tracking line and UTF-8 byte column for error messages.
enum TeXLexer {
    static func tokenize(_ source: String) throws(MathError) -> [TeXToken] {
        var scanner = Scanner(source)
        var tokens: [TeXToken] = []
        tokens.reserveCapacity(source.utf8.count / 2 + 1)
        var cursor = Cursor()

        while let character = scanner.peek() {
            let position = cursor.position

            if scanner.isASCII(0x25) {  // %
                // A comment runs to the end of the line; the newline itself stays as whitespace.
                while let next = scanner.peek(), !scanner.isNewline(next) {
                    cursor.advance(over: next, isNewline: false)
                    scanner.advance()
                }
                continue
            }

            if scanner.isTeXWhitespace(character) {
                while let next = scanner.peek(), scanner.isTeXWhitespace(next) {
                    cursor.advance(over: next, isNewline: scanner.isNewline(next))
                    scanner.advance()
                }
                tokens.append(TeXToken(kind: .whitespace, position: position))
                continue
            }

            if scanner.isASCII(0x5C) {  // backslash
                cursor.advance(over: character, isNewline: false)
                scanner.advance()
                guard let next = scanner.peek() else {
                    throw MathError.trailingBackslash(at: position)
                }
                if scanner.isASCIILetter {
                    var name = ""
                    while let letter = scanner.peek(), scanner.isASCIILetter {
                        name.append(letter)
                        cursor.advance(over: letter, isNewline: false)
                        scanner.advance()
                    }
                    tokens.append(TeXToken(kind: .command(name), position: position))
                    // TeX drops the spaces after a control word; it matters inside \text.
                    while let space = scanner.peek(), scanner.isTeXWhitespace(space) {
                        cursor.advance(over: space, isNewline: scanner.isNewline(space))
                        scanner.advance()
                    }
                } else {
                    // A control symbol; backslash followed by any whitespace is a control space.
                    let isSpace = scanner.isTeXWhitespace(next)
                    let name = isSpace ? " " : String(next)
                    cursor.advance(over: next, isNewline: scanner.isNewline(next))
                    scanner.advance()
                    tokens.append(TeXToken(kind: .command(name), position: position))
                }
                continue
            }

            tokens.append(TeXToken(kind: .character(character), position: position))
            cursor.advance(over: character, isNewline: scanner.isNewline(character))
            scanner.advance()
        }

        tokens.append(TeXToken(kind: .endOfInput, position: cursor.position))
        return tokens
    }

    /// Walks the source one Character at a time, reading an ASCII byte followed by another
    /// ASCII byte as a Character at once (only there can no combining mark attach to it, and
    /// only `\r\n` is two bytes) and classifying it by its byte. Splitting the formula into
    /// Characters first and comparing Characters cost more than parsing it.
    private struct Scanner {
        let source: String
        private var index: String.Index
        private var current: (character: Character, ascii: UInt8?, next: String.Index)?

        init(_ source: String) {
            self.source = source
            index = source.startIndex
            current = nil
            current = read(at: index)
        }

        func peek() -> Character? { current?.character }

        /// Whether the current Character is the ASCII character `byte`.
        func isASCII(_ byte: UInt8) -> Bool { current?.ascii == byte }

        var isASCIILetter: Bool {
            guard let byte = current?.ascii else { return false }
            return (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
        }

        /// `character` is the current one.
        func isTeXWhitespace(_ character: Character) -> Bool {
            if let byte = current?.ascii { return byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
            return character.isTeXWhitespace
        }

        /// `character` is the current one.
        func isNewline(_ character: Character) -> Bool {
            if let byte = current?.ascii { return (0x0A...0x0D).contains(byte) }
            return character.isNewline
        }

        mutating func advance() {
            guard let current else { return }
            index = current.next
            self.current = read(at: index)
        }

        private func read(at index: String.Index) -> (character: Character, ascii: UInt8?, next: String.Index)? {
            let utf8 = source.utf8
            guard index < utf8.endIndex else { return nil }
            let byte = utf8[index]
            if byte < 0x80 {
                let after = utf8.index(after: index)
                if after == utf8.endIndex || (utf8[after] < 0x80 && !(byte == 0x0D && utf8[after] == 0x0A)) {
                    return (Character(Unicode.Scalar(byte)), byte, after)
                }
            }
            return (source[index], nil, source.index(after: index))
        }
    }

    /// Line and byte column of the next character.
    private struct Cursor {
        var line = 1
        var column = 1

        var position: SourcePosition { SourcePosition(line: line, column: column) }

        mutating func advance(over character: Character, isNewline: Bool) {
            if isNewline {
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
