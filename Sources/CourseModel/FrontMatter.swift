/// The YAML block between `---` lines at the top of a lesson, and the Markdown after it.
///
/// The body keeps the front matter's lines as blank lines so that cmark's line numbers are
/// the file's line numbers, and every diagnostic points at the right line without offsets.
struct FrontMatter {
    /// The YAML text between the fences.
    let yaml: String
    /// How many file lines precede the YAML (the opening fence): always 1.
    let yamlLineOffset = 1
    /// The Markdown body with the front matter blanked out.
    let body: String

    /// Splits `text`, or returns a diagnostic when the front matter is missing or unclosed.
    static func split(_ text: String, file: String, expectedKeys: String = "'title:', 'summary:' and 'objectives:'") -> Result<FrontMatter, Diagnostic> {
        // "\r\n" is one Character in Swift, so split on all three CommonMark line endings.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard lines.first == "---" else {
            return .failure(Diagnostic(file: file, line: 1, column: 1, message:
                "the file must start with front matter: a '---' line, \(expectedKeys), then '---'"))
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else {
            return .failure(Diagnostic(file: file, line: 1, column: 1, message:
                "the front matter opened here is never closed; add a '---' line after it"))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        for index in 0...close { lines[index] = "" }
        return .success(FrontMatter(yaml: yaml, body: lines.joined(separator: "\n")))
    }
}
