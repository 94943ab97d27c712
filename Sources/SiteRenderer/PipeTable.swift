/// A GitHub-style pipe table, recognised in the source lines of a paragraph that cmark parsed
/// (core CommonMark has no tables, and cmark-gfm is not the library we link).
///
/// As on GitHub: the paragraph's first line is the header row, its second the delimiter row
/// (`---`, `:--`, `--:` or `:-:` per column, as many columns as the header), the rest are body
/// rows (missing cells are empty, extra cells are dropped). `\|` is a pipe inside a cell, also
/// inside a code span. Anything else is not a table and stays the paragraph it was.
struct PipeTable: Equatable {
    enum Alignment: Equatable { case left, center, right }

    /// One cell's text and where it starts in the file (1-based line, UTF-8 byte column).
    struct Cell: Equatable {
        let text: String
        let line: Int
        let column: Int
    }

    let alignments: [Alignment?]
    let header: [Cell]
    let rows: [[Cell]]

    /// The table in `lines` (a paragraph's source lines, the first being file line
    /// `firstLine`), or nil when they are not one.
    init?(lines: [Substring], firstLine: Int) {
        guard lines.count >= 2 else { return nil }
        let headerCells = Self.cells(of: lines[0], line: firstLine)
        let delimiterCells = Self.cells(of: lines[1], line: firstLine + 1)
        guard !headerCells.isEmpty, headerCells.count == delimiterCells.count,
              lines[0].contains("|") || lines[1].contains("|") else { return nil }
        var alignments: [Alignment?] = []
        for cell in delimiterCells {
            guard let alignment = Self.alignment(cell.text) else { return nil }
            alignments.append(alignment)
        }
        self.alignments = alignments
        header = headerCells
        rows = lines.dropFirst(2).enumerated().map { offset, text in
            var cells = Self.cells(of: text, line: firstLine + 2 + offset)
            if cells.count > headerCells.count { cells.removeLast(cells.count - headerCells.count) }
            while cells.count < headerCells.count { cells.append(Cell(text: "", line: firstLine + 2 + offset, column: text.utf8.count + 1)) }
            return cells
        }
    }

    /// `---` → nil (no alignment given), `:--` left, `--:` right, `:-:` center; nil nil when
    /// the text is not a delimiter cell at all.
    private static func alignment(_ text: String) -> Alignment?? {
        let trimmed = text.trimmingSpaces
        let starts = trimmed.hasPrefix(":"), ends = trimmed.hasSuffix(":")
        let dashes = trimmed.dropFirst(starts ? 1 : 0).dropLast(ends && trimmed.count > 1 ? 1 : 0)
        guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
        switch (starts, ends) {
        case (true, true): return .some(.center)
        case (true, false): return .some(.left)
        case (false, true): return .some(.right)
        case (false, false): return .some(nil)
        }
    }

    /// The cells of one row: split at pipes that are not escaped, the outer pipes optional,
    /// each cell's surrounding spaces trimmed and `\|` turned into `|`.
    static func cells(of row: Substring, line: Int) -> [Cell] {
        let bytes = Array(row.utf8)
        var cells: [Cell] = []
        var start = 0
        var index = 0
        // A leading pipe opens the first cell; it is not a cell boundary with an empty cell before it.
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        if start < bytes.count, bytes[start] == UInt8(ascii: "|") { start += 1 }
        index = start
        var cellStart = start
        func finish(_ end: Int) {
            var from = cellStart, to = end
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
            var text = [UInt8]()
            var i = from
            while i < to {
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < to, bytes[i + 1] == UInt8(ascii: "|") {
                    text.append(UInt8(ascii: "|"))
                    i += 2
                } else {
                    text.append(bytes[i])
                    i += 1
                }
            }
            cells.append(Cell(text: String(decoding: text, as: UTF8.self), line: line, column: from + 1))
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == UInt8(ascii: "|") {
                finish(index)
                cellStart = index + 1
            }
            index += 1
        }
        // A trailing pipe closes the last cell rather than opening an empty one.
        let rest = bytes[min(cellStart, bytes.count)...]
        if !rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || cells.isEmpty {
            finish(bytes.count)
        }
        return cells
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = text.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return text[first...last]
    }
}
