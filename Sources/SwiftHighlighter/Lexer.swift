/// Splits Swift source, as UTF-8 bytes, into classified spans.
///
/// Works on bytes rather than `Character`s for speed: every delimiter Swift cares about is ASCII,
/// and ASCII bytes never occur inside a multi-byte UTF-8 sequence, so span boundaries always fall
/// on scalar boundaries. Non-ASCII scalars are decoded only where identifiers and operators need them.
///
/// String interpolation is handled with an explicit stack instead of recursion, so deeply nested
/// `"\("\("…` input cannot overflow the call stack.
struct Lexer {
    /// A classified byte range of the source.
    /// One token's kind and byte range. Offsets are stored in 32 bits (code blocks are far below
    /// 4 GB) so a span takes 12 bytes, not 24: a 4 MB code block has millions of them.
    struct Span: Equatable {
        var kind: TokenKind
        private var storedStart: UInt32
        private var storedEnd: UInt32
        var start: Int { Int(storedStart) }
        var end: Int { Int(storedEnd) }

        init(kind: TokenKind, start: Int, end: Int) {
            self.kind = kind
            storedStart = UInt32(truncatingIfNeeded: start)
            storedEnd = UInt32(truncatingIfNeeded: end)
        }
    }

    /// How a string literal is closed and escaped.
    struct StringDelimiter {
        /// The number of `#` around a raw string; escapes and interpolations need the same number after `\`.
        var hashCount: Int
        var isMultiline: Bool
    }

    private enum Context {
        /// Code inside `\( … )`; `parenDepth` counts unclosed `(` so that only the matching `)` ends it.
        case interpolation(parenDepth: Int)
        /// A string literal whose body resumes when the interpolation above it closes.
        case string(StringDelimiter)
    }

    private let bytes: [UInt8]
    private var position = 0
    private var spans: [Span] = []
    private var contexts: [Context] = []
    /// The last two spans that are neither whitespace nor comments; keyword rules look back at them.
    private var lastSignificant: Span?
    private var significantBeforeLast: Span?
    /// Inside the parentheses of `@available(…)` or `#available(…)`, where platform names and labels are keywords.
    private var isInAvailabilityArguments = false

    static func spans(of bytes: [UInt8]) -> [Span] {
        var lexer = Lexer(bytes: bytes)
        lexer.run()
        return lexer.spans
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        spans.reserveCapacity(bytes.count / 3)
    }

    private mutating func run() {
        while position < bytes.count {
            let startPosition = position
            let startDepth = contexts.count
            switch contexts.last {
            case nil:
                lexCode()
            case .interpolation(let depth)?:
                lexInterpolatedCode(parenDepth: depth)
            case .string(let delimiter)?:
                contexts.removeLast()
                lexStringBody(delimiter, tokenStart: position)
            }
            // Every rule consumes input or changes context; this guards against a rule that does neither.
            if position == startPosition && contexts.count == startDepth {
                emit(.punctuation, from: position, to: position + scalarLength(at: position))
            }
        }
    }

    // MARK: - Output

    private mutating func emit(_ kind: TokenKind, from start: Int, to end: Int) {
        guard end > start else { return }
        let span = Span(kind: kind, start: start, end: end)
        spans.append(span)
        position = end
        guard kind != .whitespace && kind != .comment else { return }
        if kind == .punctuation && end - start == 1 {
            if bytes[start] == UInt8(ascii: "(") {
                isInAvailabilityArguments = lastSignificant.map(introducesAvailabilityArguments) ?? false
            } else if bytes[start] == UInt8(ascii: ")") {
                isInAvailabilityArguments = false
            }
        }
        significantBeforeLast = lastSignificant
        lastSignificant = span
    }

    private func introducesAvailabilityArguments(_ span: Span) -> Bool {
        guard span.kind == .attribute || span.kind == .directive else { return false }
        return SwiftKeywords.availabilityIntroducers.contains(text(from: span.start, to: span.end))
    }

    // MARK: - Byte access

    /// The byte at `index`, or 0 past the end; callers that loop also check the bound, so a real NUL is harmless.
    private func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    private func scalarLength(at index: Int) -> Int {
        let lead = byte(at: index)
        let length: Int
        switch lead {
        case ..<0xC0: length = 1
        case ..<0xE0: length = 2
        case ..<0xF0: length = 3
        default: length = 4
        }
        return min(length, bytes.count - index)
    }

    /// Decodes the scalar at `index`; the source came from a `String`, so its UTF-8 is valid.
    private func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        // Callers check the bound; past the end a space is returned, which no rule accepts as part of a token.
        guard index < bytes.count else { return (" ", 0) }
        let length = scalarLength(at: index)
        var value: UInt32
        switch length {
        case 1: return (Unicode.Scalar(bytes[index]), 1)
        case 2: value = UInt32(bytes[index] & 0x1F)
        case 3: value = UInt32(bytes[index] & 0x0F)
        default: value = UInt32(bytes[index] & 0x07)
        }
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private func text(from start: Int, to end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    // MARK: - Code

    private mutating func lexInterpolatedCode(parenDepth: Int) {
        switch bytes[position] {
        case UInt8(ascii: ")") where parenDepth == 0:
            contexts.removeLast()
            emit(.punctuation, from: position, to: position + 1)
            return
        case UInt8(ascii: ")"):
            contexts[contexts.count - 1] = .interpolation(parenDepth: parenDepth - 1)
        case UInt8(ascii: "("):
            contexts[contexts.count - 1] = .interpolation(parenDepth: parenDepth + 1)
        default:
            break
        }
        lexCode()
    }

    /// Lexes exactly one token of ordinary code starting at `position`.
    private mutating func lexCode() {
        let start = position
        let first = bytes[start]
        switch first {
        case _ where SwiftCharacters.isASCIIWhitespace(first):
            var end = start + 1
            while end < bytes.count && SwiftCharacters.isASCIIWhitespace(bytes[end]) { end += 1 }
            emit(.whitespace, from: start, to: end)
        case UInt8(ascii: "/") where byte(at: start + 1) == UInt8(ascii: "/"):
            lexLineComment()
        case UInt8(ascii: "/") where byte(at: start + 1) == UInt8(ascii: "*"):
            lexBlockComment()
        case UInt8(ascii: "\""):
            lexStringOpening(hashCount: 0)
        case UInt8(ascii: "#"):
            lexPound()
        case UInt8(ascii: "@"):
            lexAttribute()
        case UInt8(ascii: "`"):
            lexBacktickedIdentifier()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: ".") where byte(at: start + 1) == UInt8(ascii: "."):
            lexOperator()
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ":"),
             UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "\\"):
            emit(.punctuation, from: start, to: start + 1)
        default:
            lexWordOperatorOrOther()
        }
    }

    private mutating func lexWordOperatorOrOther() {
        let start = position
        let (scalar, length) = scalar(at: start)
        if SwiftCharacters.isIdentifierHead(scalar) {
            lexWord()
        } else if SwiftCharacters.isOperatorHead(scalar) {
            lexOperator()
        } else if scalar.properties.isWhitespace {
            emit(.whitespace, from: start, to: start + length)
        } else {
            // Not valid Swift here (a stray `'`, a control character, …): keep it, unhighlighted.
            emit(.punctuation, from: start, to: start + length)
        }
    }

    private mutating func lexLineComment() {
        var end = position + 2
        while end < bytes.count && !SwiftCharacters.isLineBreak(bytes[end]) { end += 1 }
        emit(.comment, from: position, to: end)
    }

    /// Swift block comments nest, so `/* a /* b */ c */` is one comment.
    private mutating func lexBlockComment() {
        var end = position + 2
        var depth = 1
        while end < bytes.count && depth > 0 {
            if bytes[end] == UInt8(ascii: "/") && byte(at: end + 1) == UInt8(ascii: "*") {
                depth += 1
                end += 2
            } else if bytes[end] == UInt8(ascii: "*") && byte(at: end + 1) == UInt8(ascii: "/") {
                depth -= 1
                end += 2
            } else {
                end += 1
            }
        }
        emit(.comment, from: position, to: min(end, bytes.count))
    }

    /// `#` starts a raw string (`#"…"#`), a directive or macro (`#if`, `#expect`), or stands alone.
    private mutating func lexPound() {
        let start = position
        var afterHashes = start
        while afterHashes < bytes.count && bytes[afterHashes] == UInt8(ascii: "#") { afterHashes += 1 }
        if byte(at: afterHashes) == UInt8(ascii: "\"") {
            lexStringOpening(hashCount: afterHashes - start)
            return
        }
        if afterHashes == start + 1 && afterHashes < bytes.count
            && SwiftCharacters.isIdentifierHead(scalar(at: afterHashes).scalar) {
            emit(.directive, from: start, to: endOfIdentifier(from: afterHashes))
            return
        }
        emit(.punctuation, from: start, to: start + 1)
    }

    private mutating func lexAttribute() {
        let start = position
        if start + 1 < bytes.count && SwiftCharacters.isIdentifierHead(scalar(at: start + 1).scalar) {
            emit(.attribute, from: start, to: endOfIdentifier(from: start + 1))
        } else {
            emit(.punctuation, from: start, to: start + 1)
        }
    }

    /// `` `name` `` is an identifier even when `name` is a keyword; an unmatched backtick stands alone.
    private mutating func lexBacktickedIdentifier() {
        let start = position
        var end = start + 1
        while end < bytes.count && bytes[end] != UInt8(ascii: "`") && !SwiftCharacters.isLineBreak(bytes[end]) {
            end += 1
        }
        if byte(at: end) == UInt8(ascii: "`") && end > start + 1 {
            emit(.identifier, from: start, to: end + 1)
        } else {
            emit(.punctuation, from: start, to: start + 1)
        }
    }

    private func endOfIdentifier(from index: Int) -> Int {
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x80 {
                guard SwiftCharacters.isIdentifierContinuation(ascii: byte) else { break }
                end += 1
            } else {
                let (scalar, length) = scalar(at: end)
                guard SwiftCharacters.isIdentifierContinuation(scalar) else { break }
                end += length
            }
        }
        return end
    }

    /// A run of operator characters. Only an operator that starts with `.` may contain dots,
    /// and `//` or `/*` inside a run starts a comment instead.
    private mutating func lexOperator() {
        let start = position
        let startsWithDot = bytes[start] == UInt8(ascii: ".")
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if end > start && byte == UInt8(ascii: "/")
                && (self.byte(at: end + 1) == UInt8(ascii: "/") || self.byte(at: end + 1) == UInt8(ascii: "*")) {
                break
            }
            if byte == UInt8(ascii: ".") {
                guard startsWithDot else { break }
                end += 1
                continue
            }
            let (scalar, length) = scalar(at: end)
            guard SwiftCharacters.isOperatorContinuation(scalar) else { break }
            end += length
        }
        emit(.operator, from: start, to: max(end, start + 1))
    }

    // MARK: - Numbers

    private mutating func lexNumber() {
        let start = position
        let prefix = byte(at: start + 1)
        if bytes[start] == UInt8(ascii: "0") {
            switch prefix {
            case UInt8(ascii: "x"), UInt8(ascii: "X"):
                if SwiftCharacters.isHexDigit(byte(at: start + 2)) {
                    emit(.number, from: start, to: endOfHexNumber(from: start + 2))
                    return
                }
            case UInt8(ascii: "b"), UInt8(ascii: "B"):
                if isDigit(byte(at: start + 2), radix: 2) {
                    emit(.number, from: start, to: endOfDigits(from: start + 2, radix: 2))
                    return
                }
            case UInt8(ascii: "o"), UInt8(ascii: "O"):
                if isDigit(byte(at: start + 2), radix: 8) {
                    emit(.number, from: start, to: endOfDigits(from: start + 2, radix: 8))
                    return
                }
            default:
                break
            }
        }
        var end = endOfDigits(from: start, radix: 10)
        // In `tuple.0.1` the numbers are member indices, not the float `0.1`.
        let isTupleIndex = start > 0 && bytes[start - 1] == UInt8(ascii: ".")
        if !isTupleIndex && byte(at: end) == UInt8(ascii: ".") && SwiftCharacters.isDigit(byte(at: end + 1)) {
            end = endOfDigits(from: end + 1, radix: 10)
        }
        if !isTupleIndex, let exponentEnd = endOfExponent(at: end, markers: [UInt8(ascii: "e"), UInt8(ascii: "E")]) {
            end = exponentEnd
        }
        emit(.number, from: start, to: end)
    }

    /// Hex literals may have a hex fraction and a binary exponent: `0x1.8p-3`.
    private func endOfHexNumber(from index: Int) -> Int {
        var end = endOfDigits(from: index, radix: 16)
        if byte(at: end) == UInt8(ascii: ".") && SwiftCharacters.isHexDigit(byte(at: end + 1)) {
            end = endOfDigits(from: end + 1, radix: 16)
        }
        return endOfExponent(at: end, markers: [UInt8(ascii: "p"), UInt8(ascii: "P")]) ?? end
    }

    /// The end of an exponent such as `e-9` starting at `index`, or nil if there is none.
    private func endOfExponent(at index: Int, markers: [UInt8]) -> Int? {
        guard markers.contains(byte(at: index)) else { return nil }
        var digitsStart = index + 1
        if byte(at: digitsStart) == UInt8(ascii: "+") || byte(at: digitsStart) == UInt8(ascii: "-") {
            digitsStart += 1
        }
        guard SwiftCharacters.isDigit(byte(at: digitsStart)) else { return nil }
        return endOfDigits(from: digitsStart, radix: 10)
    }

    /// Digits of `radix` and `_` separators, as in `1_000_000`.
    private func endOfDigits(from index: Int, radix: Int) -> Int {
        var end = index
        while end < bytes.count && (isDigit(bytes[end], radix: radix) || bytes[end] == UInt8(ascii: "_")) {
            end += 1
        }
        return end
    }

    private func isDigit(_ byte: UInt8, radix: Int) -> Bool {
        switch radix {
        case 2: byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1")
        case 8: byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7")
        case 16: SwiftCharacters.isHexDigit(byte)
        default: SwiftCharacters.isDigit(byte)
        }
    }

    // MARK: - Strings

    /// Consumes the opening delimiter at `position` (after `hashCount` `#`s) and lexes the body.
    private mutating func lexStringOpening(hashCount: Int) {
        let start = position
        let quote = start + hashCount
        let isMultiline = byte(at: quote + 1) == UInt8(ascii: "\"") && byte(at: quote + 2) == UInt8(ascii: "\"")
        position = quote + (isMultiline ? 3 : 1)
        lexStringBody(StringDelimiter(hashCount: hashCount, isMultiline: isMultiline), tokenStart: start)
    }

    /// Lexes string content from `position` until the closing delimiter, an interpolation,
    /// the end of the line (single-line strings) or the end of input.
    private mutating func lexStringBody(_ delimiter: StringDelimiter, tokenStart: Int) {
        var index = position
        while index < bytes.count {
            let current = bytes[index]
            if current == UInt8(ascii: "\\") {
                let afterHashes = endOfHashes(from: index + 1, limit: delimiter.hashCount)
                guard afterHashes - (index + 1) == delimiter.hashCount else {
                    // Too few `#` for this raw string: the backslash is plain text.
                    index += 1
                    continue
                }
                if byte(at: afterHashes) == UInt8(ascii: "(") {
                    emit(.string, from: tokenStart, to: index)
                    emit(.punctuation, from: index, to: afterHashes + 1)
                    contexts.append(.string(delimiter))
                    contexts.append(.interpolation(parenDepth: 0))
                    return
                }
                index = afterHashes
                // Skip the escaped character so `\"` does not close the string; a line break
                // still ends a single-line string.
                if index < bytes.count && (delimiter.isMultiline || !SwiftCharacters.isLineBreak(bytes[index])) {
                    index += 1
                }
                continue
            }
            if current == UInt8(ascii: "\""), let closingEnd = endOfClosingDelimiter(at: index, delimiter) {
                emit(.string, from: tokenStart, to: closingEnd)
                return
            }
            if !delimiter.isMultiline && SwiftCharacters.isLineBreak(current) {
                break
            }
            index += 1
        }
        emit(.string, from: tokenStart, to: index)
        position = index
    }

    private func endOfHashes(from index: Int, limit: Int) -> Int {
        var end = index
        while end - index < limit && byte(at: end) == UInt8(ascii: "#") { end += 1 }
        return end
    }

    private func endOfClosingDelimiter(at index: Int, _ delimiter: StringDelimiter) -> Int? {
        var end = index
        let quoteCount = delimiter.isMultiline ? 3 : 1
        for _ in 0..<quoteCount {
            guard byte(at: end) == UInt8(ascii: "\"") else { return nil }
            end += 1
        }
        let afterHashes = endOfHashes(from: end, limit: delimiter.hashCount)
        return afterHashes - end == delimiter.hashCount ? afterHashes : nil
    }

    // MARK: - Words

    private mutating func lexWord() {
        let start = position
        let end = endOfIdentifier(from: start)
        emit(classifyWord(from: start, to: end), from: start, to: end)
    }

    private func classifyWord(from start: Int, to end: Int) -> TokenKind {
        let isKeyword = isInAvailabilityArguments
            ? isAvailabilityKeyword(text(from: start, to: end), endingAt: end)
            : isKeyword(from: start, to: end)
        if isKeyword {
            return .keyword
        }
        return startsWithUppercase(from: start, to: end) ? .type : .identifier
    }

    /// Whether the last significant span is the single punctuation character `character`.
    private func lastSignificantIs(_ character: Unicode.Scalar) -> Bool {
        guard let span = lastSignificant, span.kind == .punctuation, span.end - span.start == 1 else { return false }
        return bytes[span.start] == UInt8(ascii: character)
    }

    /// Decides whether a keyword-spelled word is used as a keyword, from its immediate neighbours.
    /// A heuristic, not a parser: it covers member names, argument labels and declared names.
    private func isKeyword(from start: Int, to end: Int) -> Bool {
        guard let role = SwiftKeywords.role(of: bytes[start..<end]) else { return false }
        let word = text(from: start, to: end)
        if lastSignificantIs(".") {
            return SwiftKeywords.afterDot.contains(word)
        }
        switch role {
        case .memberKeyword:
            return false
        case .precedenceGroupAttribute:
            return !lastSignificantIs("(") && !lastSignificantIs(",") && isFollowedByColon(end)
        case .associativity:
            return lastSignificantIs(":")
                && significantBeforeLast.map { text(from: $0.start, to: $0.end) } == "associativity"
        case .reserved, .contextual:
            break
        }
        if (lastSignificantIs("(") || lastSignificantIs(",")) && isArgumentLabel(word, endingAt: end) {
            return false
        }
        guard role == .contextual else { return true }
        if let previous = lastSignificant, previous.kind == .keyword,
           SwiftKeywords.nameIntroducers.contains(text(from: previous.start, to: previous.end)) {
            return false
        }
        return isFollowedByKeywordOperand(word, endingAt: end)
    }

    /// A contextual keyword is followed by what it modifies: a declaration, a type, an expression
    /// or an accessor body. An operator, `=`, `.`, `,`, `:` or a closing bracket after it means the
    /// word is a plain name, as in `let x = lazy + 1`.
    private func isFollowedByKeywordOperand(_ word: String, endingAt end: Int) -> Bool {
        let next = indexSkippingHorizontalSpace(from: end)
        guard next < bytes.count else { return canEndModifierList }
        switch bytes[next] {
        case UInt8(ascii: "(") where next == end:
            // `set(newValue) {` and `unowned(unsafe) let` take an argument; `set(x)` and `open(path)` are calls.
            return SwiftKeywords.takesParenthesizedArgument.contains(word)
                && isFollowedByDeclarationPart(afterParenAt: next)
        case UInt8(ascii: "("):
            return true  // `isolated (any Actor)`
        case UInt8(ascii: "{"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "#"):
            return true
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ";"), UInt8(ascii: "}"):
            return canEndModifierList
        case UInt8(ascii: "-"):
            return byte(at: next + 1) == UInt8(ascii: ">")
        case UInt8(ascii: "/"):
            // A comment after the word is the end of the line.
            let startsComment = byte(at: next + 1) == UInt8(ascii: "/") || byte(at: next + 1) == UInt8(ascii: "*")
            return startsComment && canEndModifierList
        default:
            guard SwiftCharacters.isIdentifierHead(scalar(at: next).scalar) else { return false }
            // `{ package in`, `return some as Int`: a name followed by an operator-like keyword.
            let nextWord = text(from: next, to: endOfIdentifier(from: next))
            return !SwiftKeywords.operatorKeywords.contains(nextWord)
        }
    }

    /// Whether a contextual keyword at the end of a line or block can be one: in `{ get }`, `() async`
    /// or `get set` it is, while in `return copy` or `{ x + lazy }` it is a name.
    private var canEndModifierList: Bool {
        guard let previous = lastSignificant else { return true }
        switch previous.kind {
        case .punctuation:
            return lastSignificantIs("{") || lastSignificantIs("}") || lastSignificantIs(")") || lastSignificantIs(";")
        case .keyword:
            return SwiftKeywords.role(of: bytes[previous.start..<previous.end]) == .contextual
        default:
            return false
        }
    }

    /// After `word(…)`: whether the parenthesis closes on this line and is followed by `{`, a word or `->`.
    private func isFollowedByDeclarationPart(afterParenAt open: Int) -> Bool {
        var index = open + 1
        while index < bytes.count && bytes[index] != UInt8(ascii: ")") && !SwiftCharacters.isLineBreak(bytes[index]) {
            guard bytes[index] != UInt8(ascii: "(") else { return false }
            index += 1
        }
        guard byte(at: index) == UInt8(ascii: ")") else { return false }
        let next = indexSkippingHorizontalSpace(from: index + 1)
        guard next < bytes.count else { return false }
        switch bytes[next] {
        case UInt8(ascii: "{"): return true
        case UInt8(ascii: "-"): return byte(at: next + 1) == UInt8(ascii: ">")
        default: return SwiftCharacters.isIdentifierHead(scalar(at: next).scalar)
        }
    }

    /// In `@available(iOS 15, *, deprecated, renamed: "f")` platforms with versions, labels and the bare
    /// `deprecated`/`unavailable`/`noasync` flags are keywords.
    private func isAvailabilityKeyword(_ word: String, endingAt end: Int) -> Bool {
        if SwiftKeywords.availabilityFlags.contains(word) || isFollowedByColon(end) {
            return true
        }
        let next = indexSkippingHorizontalSpace(from: end)
        return next > end && SwiftCharacters.isDigit(byte(at: next))
    }

    private func isFollowedByColon(_ end: Int) -> Bool {
        let next = indexSkippingHorizontalSpace(from: end)
        return byte(at: next) == UInt8(ascii: ":") && byte(at: next + 1) != UInt8(ascii: ":")
    }

    /// `f(for: x)` and `func f(in range: R)`: a keyword right after `(` or `,` followed by `:`,
    /// or by a parameter name and `:`, is a label.
    private func isArgumentLabel(_ word: String, endingAt end: Int) -> Bool {
        if SwiftKeywords.neverLabels.contains(word) { return false }
        if byte(at: end) == UInt8(ascii: ":") && byte(at: end + 1) != UInt8(ascii: ":") {
            return !SwiftKeywords.literals.contains(word)
        }
        let nameStart = indexSkippingHorizontalSpace(from: end)
        guard nameStart > end, nameStart < bytes.count,
              SwiftCharacters.isIdentifierHead(scalar(at: nameStart).scalar) else { return false }
        let nameEnd = endOfIdentifier(from: nameStart)
        let name = text(from: nameStart, to: nameEnd)
        if SwiftKeywords.reserved.contains(name) { return false }
        return byte(at: indexSkippingHorizontalSpace(from: nameEnd)) == UInt8(ascii: ":")
    }

    private func indexSkippingHorizontalSpace(from index: Int) -> Int {
        var end = index
        while end < bytes.count && (bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t")) {
            end += 1
        }
        return end
    }

    /// Swift convention: types are capitalised. Leading underscores (`_Storage`) are skipped.
    private func startsWithUppercase(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end && bytes[index] == UInt8(ascii: "_") { index += 1 }
        guard index < end else { return false }
        let byte = bytes[index]
        if byte < 0x80 {
            return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
        }
        return scalar(at: index).scalar.properties.isUppercase
    }
}
