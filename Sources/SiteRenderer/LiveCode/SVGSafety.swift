/// Checks that a figure block printed one self-contained, accessible SVG and nothing that
/// could run script or fetch anything when inlined into a page.
enum SVGSafety {
    /// Nil when `svg` is acceptable; otherwise what is wrong, in words for the author.
    static func problem(in svg: String) -> String? {
        let trimmed = svg.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<svg"), trimmed.hasSuffix("</svg>") else {
            return "a figure block must print exactly one <svg>…</svg> (use CoursePlot's figure.svg()); it printed \(trimmed.isEmpty ? "nothing" : "'\(trimmed.prefix(40))…'")"
        }
        let lower = trimmed.lowercased()
        guard lower.contains("<title") && lower.contains("<desc") else {
            return "the figure has no <title> and <desc>; readers who cannot see it need them: give Figure a title and a description"
        }
        for forbidden in ["<script", "<foreignobject", "javascript:", "<iframe", "<image", "<use href=\"http", "@import"] where lower.contains(forbidden) {
            return "the figure contains '\(forbidden)'; figures may not embed scripts, foreign content or external resources"
        }
        if lower.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil {
            return "the figure has an event-handler attribute (on…=); figures may not run script"
        }
        if lower.range(of: #"(href|src)\s*=\s*["'](?!#)"#, options: .regularExpression) != nil
            || lower.range(of: #"url\(\s*["']?(?!#)"#, options: .regularExpression) != nil {
            return "the figure refers to something outside itself (href, src or url() not starting with '#'); the site makes no requests"
        }
        return nil
    }
}
