/// Swaps the front matter of a Markdown file for new YAML and keeps the rest byte for byte:
/// how `course release` rewrites each `exercise.md` of a learner edition.
public enum FrontMatterReplacement {
    /// `text` with the YAML between its `---` fences replaced by `yaml` (which should end in a
    /// newline); nil when `text` does not start with closed front matter.
    public static func replacing(in text: String, with yaml: String) -> String? {
        guard case .success(let split) = FrontMatter.split(text, file: "") else { return nil }
        return "---\n" + yaml + (yaml.hasSuffix("\n") || yaml.isEmpty ? "" : "\n") + "---\n" + split.remainder
    }
}
