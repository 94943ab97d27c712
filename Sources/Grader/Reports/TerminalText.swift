/// Makes text that did not come from the grader's own wording safe to print to a terminal.
///
/// Learner output, check names, failure messages, values and compiler or crash messages could
/// otherwise carry control characters and escape sequences that the learner's terminal would
/// obey: clear the screen, move the cursor, recolour text to fake a "passed" line, set the
/// window title, or reorder what is read with bidirectional overrides.
///
/// The convention: every character below is replaced by its Swift string-literal escape,
/// `\u{…}` with upper-case hex and at least two digits, so it shows up visibly and reads like
/// the source that would print it:
///
/// - C0 controls (U+0000–U+001F) other than tab and newline: NUL is `\u{00}`, BEL `\u{07}`,
///   ESC `\u{1B}`. An escape sequence therefore reads `\u{1B}[2J` or `\u{1B}]0;title\u{07}`:
///   once its ESC is escaped, the rest is ordinary printable text.
/// - DEL (U+007F) as `\u{7F}`, and C1 controls (U+0080–U+009F), such as the 8-bit CSI `\u{9B}`.
/// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), such as
///   `\u{202E}`.
/// - A carriage return as `\u{0D}`, so it cannot send the cursor back over a line, except in
///   a CR LF pair, which is a line break like LF alone (the CR is dropped).
///
/// Tab is kept as it is: it only moves the cursor right. Newline is kept where the text may
/// span lines (see `escaped(_:continuation:)`), and escaped as `\u{0A}` in text that must stay
/// on one line. Everything else, including all other Unicode (θ, ×, −, emoji), is unchanged.
/// Backslashes are not doubled: the escaped form is for reading, not for parsing back.
enum TerminalText {
    /// `text` with control characters escaped and each line break followed by `continuation`,
    /// the indentation that keeps later lines inside the block the first line starts, so text
    /// cannot begin a line of its own at the left margin.
    static func escaped(_ text: String, continuation: String = "") -> String {
        escape(text, newline: "\n" + continuation)
    }

    /// `text` on one line: control characters escaped, line breaks too (as `\u{0A}`).
    static func escapedLine(_ text: String) -> String {
        escape(text, newline: nil)
    }

    private static func escape(_ text: String, newline: String?) -> String {
        guard text.unicodeScalars.contains(where: { needsAttention($0) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n":
                if let newline { result += newline } else { result += visible(scalar) }
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n" && newline != nil:
                continue  // CR LF is one line break; the LF emits it.
            case "\t":
                result.unicodeScalars.append(scalar)
            default:
                if isEscaped(scalar) { result += visible(scalar) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || isEscaped(scalar)
    }

    /// Whether the scalar is shown as its escape (tab and newline are decided by the caller).
    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0B...0x1F: return true  // C0 without tab (09) and newline (0A)
        case 0x7F...0x9F: return true  // DEL and C1
        case 0x202A...0x202E, 0x2066...0x2069: return true  // bidi embeddings, overrides, isolates
        default: return false
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }
}
