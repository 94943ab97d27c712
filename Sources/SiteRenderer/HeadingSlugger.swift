/// Turns heading text into stable, unique `id`s: "The 2-D case" → `the-2-d-case`.
///
/// Ids depend only on the heading's words and on earlier headings with the same words
/// (`-2`, `-3`…), so links to a section survive edits elsewhere in the lesson.
struct HeadingSlugger {
    private var used: [String: Int] = [:]

    /// A slugger that never hands out `reserved` (ids the page already uses: its template's
    /// and its exercises'), so a heading called "Objectives" gets `objectives-2` instead of
    /// a second `objectives`.
    init(reserved: Set<String> = []) {
        for id in reserved { used[id] = 1 }
    }

    /// The id for the next heading whose plain text is `text`.
    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        if let count = used[base] {
            var next = count + 1
            while used["\(base)-\(next)"] != nil { next += 1 }
            used[base] = next
            used["\(base)-\(next)"] = 1
            return "\(base)-\(next)"
        }
        used[base] = 1
        return base
    }

    /// Lowercase letters and digits (any script) with runs of anything else turned into one dash.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else if character != "'" && character != "’" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
