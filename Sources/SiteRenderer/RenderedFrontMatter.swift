/// A line of lesson text rendered twice: as HTML (math as MathML) for the page, and as plain
/// characters (math as `θ_i`) for `<title>`, the search index and the description.
struct RenderedText: Sendable, Hashable {
    var html = ""
    var text = ""
}

/// A lesson's title, summary and objectives, rendered like its body.
struct RenderedFrontMatter: Sendable, Hashable {
    var title = RenderedText()
    var summary = RenderedText()
    var objectives: [RenderedText] = []
}

/// Where each front matter value sits in the lesson file, for diagnostics.
struct FrontMatterLines {
    private(set) var title: Int?
    private(set) var summary: Int?
    private var objectives: [Int] = []

    init(source: String) {
        var inObjectives = false
        // Only the front matter is read, a line at a time, up to its closing `---`.
        for (index, line) in FrontMatterLines.lines(of: source).enumerated() {
            if index > 0 && line.hasPrefix("---") { break }
            if line.hasPrefix("title:") { title = index + 1 }
            if line.hasPrefix("summary:") { summary = index + 1 }
            if line.hasPrefix("objectives:") { inObjectives = true; continue }
            if inObjectives {
                let trimmed = line.drop { $0 == " " }
                if trimmed.hasPrefix("- ") { objectives.append(index + 1) } else if !line.hasPrefix(" ") && !line.isEmpty { inObjectives = false }
            }
        }
    }

    /// The lines of `text`, lazily, split at newline bytes (not at Characters, which is slower).
    static func lines(of text: String) -> some Sequence<Substring> {
        var rest = Substring(text)
        return AnySequence {
            AnyIterator { () -> Substring? in
                guard !rest.isEmpty else { return nil }
                if let newline = rest.utf8.firstIndex(of: 0x0A) {
                    let line = rest[..<newline]
                    rest = rest[rest.utf8.index(after: newline)...]
                    return line
                }
                defer { rest = "" }
                return rest
            }
        }
    }

    func objective(_ index: Int) -> Int? {
        index < objectives.count ? objectives[index] : nil
    }
}
