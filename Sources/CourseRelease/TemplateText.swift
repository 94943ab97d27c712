/// Fills `{{name}}` slots in the templates an edition ships (README, Gradescope scripts).
enum TemplateText {
    /// `template` with each `{{name}}` replaced by `values["{{name}}"]`, in one pass, so a
    /// value that itself contains `{{…}}` (a course title, say) is not filled again. An unknown
    /// slot is left as it is.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let slot = String(rest[open.lowerBound..<close.upperBound])
            result += values[slot] ?? slot
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
