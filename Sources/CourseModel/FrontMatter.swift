/// The YAML block between `---` lines at the top of a lesson, and the Markdown after it.
///
/// The body keeps the front matter's lines as blank lines so that cmark's line numbers are
/// the file's line numbers, and every diagnostic points at the right line without offsets.
struct FrontMatter: Sendable {
    /// The YAML text between the fences.
    let yaml: String
    /// How many file lines precede the YAML (the opening fence): always 1.
    let yamlLineOffset = 1
    /// The whole file's text (shared, not copied) and where the body starts in its UTF-8.
    private let text: String
    private let bodyStart: Int
    /// The lines the front matter takes, fences included.
    private let frontMatterLines: Int

    /// The text after the closing fence, verbatim (for rewriting the front matter). Made on
    /// use: a build keeps a thousand lessons' text once, not three times.
    var remainder: String {
        String(decoding: text.utf8.dropFirst(bodyStart), as: UTF8.self)
    }

    /// The Markdown body with the front matter blanked out.
    var body: String {
        String(repeating: "\n", count: frontMatterLines) + remainder
    }

    /// Splits `text`, or returns a diagnostic when the front matter is missing or unclosed.
    static func split(_ text: String, file: String, expectedKeys: String = "'title:', 'summary:' and 'objectives:'") -> Result<FrontMatter, Diagnostic> {
        // Work on UTF-8 bytes and look only at the top of the file: lessons are long and
        // their front matter short. Lines end in "\n", "\r\n" or "\r", as in CommonMark.
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let shared = contiguous
        return contiguous.withUTF8 { bytes in split(bytes, text: shared, file: file, expectedKeys: expectedKeys) }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, text: String, file: String, expectedKeys: String) -> Result<FrontMatter, Diagnostic> {
        var lineStarts: [Int] = [0]
        var lineEnds: [Int] = []
        var index = 0
        var closingLine: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lineEnds.append(index)
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                let line = lineEnds.count - 1
                let content = bytes[lineStarts[line]..<lineEnds[line]]
                if line == 0 && !content.elementsEqual("---".utf8) { break }
                if line > 0 && (content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8)) {
                    closingLine = line
                    break
                }
                lineStarts.append(index)
            } else {
                index += 1
            }
        }
        let firstLine = bytes[0..<(lineEnds.first ?? bytes.count)]
        guard firstLine.elementsEqual("---".utf8) else {
            return .failure(Diagnostic(file: file, line: 1, column: 1, message:
                "the file must start with front matter: a '---' line, \(expectedKeys), then '---'"))
        }
        guard let close = closingLine else {
            return .failure(Diagnostic(file: file, line: 1, column: 1, message:
                "the front matter opened here is never closed; add a '---' line after it"))
        }
        let yamlBytes = close > 1 ? bytes[lineStarts[1]..<lineEnds[close - 1]] : bytes[0..<0]
        let yaml = String(decoding: yamlBytes, as: UTF8.self)
        // Blank lines in place of the front matter keep cmark's line numbers the file's.
        return .success(FrontMatter(yaml: yaml, text: text, bodyStart: index, frontMatterLines: close + 1))
    }
}
