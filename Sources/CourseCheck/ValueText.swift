/// How values appear in failure reports: numbers, quoted strings, and long arrays cut
/// down to a window around the element that matters.
enum ValueText {
    /// The most elements of one array shown before it is abbreviated.
    static let maximumListItems = 12
    /// The most rows of one matrix shown before it is abbreviated.
    static let maximumMatrixRows = 8
    /// The most characters of one value's text before it is cut.
    static let maximumValueLength = 1_000

    /// A floating-point number in Swift's shortest round-trip form, with the exponent's
    /// leading zeros dropped ("1e-9" rather than "1e-09"); "nan", "inf" and "-inf" as Swift
    /// prints them.
    static func number<F: BinaryFloatingPoint>(_ value: F) -> String {
        trimExponent("\(value)")
    }

    /// `text` with leading zeros removed from an exponent ("1e-09" → "1e-9", "2e+07" → "2e+7").
    static func trimExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        var digitsStart = text.index(after: e)
        if digitsStart < text.endIndex, text[digitsStart] == "-" || text[digitsStart] == "+" {
            digitsStart = text.index(after: digitsStart)
        }
        var firstKept = digitsStart
        while firstKept < text.endIndex, text[firstKept] == "0", text.index(after: firstKept) < text.endIndex {
            firstKept = text.index(after: firstKept)
        }
        return String(text[..<digitsStart]) + String(text[firstKept...])
    }

    /// Any value as a report shows it: strings and characters quoted and escaped, other
    /// values by `String(describing:)`, cut to `maximumValueLength` characters.
    static func display<T>(_ value: T) -> String {
        let text: String
        switch value {
        case let string as String: text = string.debugDescription
        case let substring as Substring: text = String(substring).debugDescription
        case let character as Character: text = String(character).debugDescription
        case let double as Double: text = number(double)
        case let float as Float: text = number(float)
        default: text = String(describing: value)
        }
        return cut(text)
    }

    /// `text` cut to `maximumValueLength` characters, marking the cut.
    static func cut(_ text: String) -> String {
        guard text.count > maximumValueLength else { return text }
        return String(text.prefix(maximumValueLength)) + "… (cut)"
    }

    /// A bracketed list; if it is long, a window of elements around `focus` (or the first
    /// ones) with "…" for the rest and the total count after it.
    static func list(_ items: [String], focus: Int? = nil) -> String {
        let window = self.window(count: items.count, focus: focus, size: maximumListItems)
        var parts: [String] = []
        if window.lowerBound > 0 { parts.append("…") }
        parts.append(contentsOf: items[window])
        if window.upperBound < items.count { parts.append("…") }
        let body = "[" + parts.joined(separator: ", ") + "]"
        return window.count == items.count ? body : body + " (\(items.count) values)"
    }

    /// Rows of a matrix as nested brackets, abbreviated around `focusRow`/`focusColumn`
    /// like `list(_:focus:)`.
    static func matrix(_ rows: [[String]], focusRow: Int? = nil, focusColumn: Int? = nil) -> String {
        let window = self.window(count: rows.count, focus: focusRow, size: maximumMatrixRows)
        var parts: [String] = []
        if window.lowerBound > 0 { parts.append("…") }
        for row in rows[window] {
            parts.append(list(row, focus: focusColumn))
        }
        if window.upperBound < rows.count { parts.append("…") }
        let body = "[" + parts.joined(separator: ", ") + "]"
        return window.count == rows.count ? body : body + " (\(rows.count) rows)"
    }

    /// "3×4" for a rectangular matrix; "3 rows of unequal length" otherwise.
    static func shape<Element>(_ rows: [[Element]]) -> String {
        let columns = rows.first?.count ?? 0
        if rows.allSatisfy({ $0.count == columns }) { return "\(rows.count)×\(columns)" }
        return "\(rows.count) rows of unequal length"
    }

    /// "1 value" or "n values".
    static func values(_ count: Int) -> String {
        count == 1 ? "1 value" : "\(count) values"
    }

    /// The indices shown of a collection of `count` elements: at most `size`, centred on
    /// `focus` when given, else the first ones.
    private static func window(count: Int, focus: Int?, size: Int) -> Range<Int> {
        guard count > size else { return 0..<count }
        guard let focus else { return 0..<size }
        let start = min(max(0, focus - size / 2), count - size)
        return start..<(start + size)
    }
}
