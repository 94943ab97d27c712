import Foundation

/// The lines that would give an answer away, and a search for them in any file.
///
/// For every `solution.swift` and `hidden.swift` of a course, its distinctive lines: trimmed,
/// at least 16 characters long, not comments, and found nowhere in the material an edition
/// ships on purpose (starters, `checks.swift`, statements, lesson text — all of which show
/// some code, such as lesson 7's given `applyRoPE`). Shorter lines (`return x`,
/// `var bucket = 0`) occur in any Swift code, the tool's own sources included, and name
/// nothing of the answer; the declaration every `hidden.swift` opens with is AUTHORING's.
struct AnswerLines {
    /// Each distinctive line and the files it comes from.
    let lines: [String: [String]]
    /// The lines' bytes by their first 8 bytes, for ``found(in:path:)``.
    private let byPrefix: [UInt64: [[UInt8]]]

    /// Collects the lines of every solution and hidden-check file under `lessons`.
    init(lessons: String) throws {
        let files = (FileManager.default.enumerator(atPath: lessons)?.allObjects as? [String] ?? []).sorted()
        var shipped = ""
        for file in files where ["starter.swift", "checks.swift", "exercise.md", "lesson.md", "course.yml"].contains((file as NSString).lastPathComponent) {
            shipped += try String(contentsOfFile: lessons + "/" + file, encoding: .utf8) + "\n"
        }
        var lines: [String: [String]] = [:]
        for file in files where file.hasSuffix("/solution.swift") || file.hasSuffix("/hidden.swift") {
            for line in try String(contentsOfFile: lessons + "/" + file, encoding: .utf8).split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.count >= 16, !trimmed.hasPrefix("//"), !trimmed.hasPrefix("*"), !trimmed.hasPrefix("/*"),
                      trimmed != "let hiddenChecks: [Check] = [", !shipped.contains(trimmed) else { continue }
                lines[trimmed, default: []].append(file)
            }
        }
        self.lines = lines
        var byPrefix: [UInt64: [[UInt8]]] = [:]
        for line in lines.keys {
            let bytes = Array(line.utf8)
            byPrefix[bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }, default: []].append(bytes)
        }
        self.byPrefix = byPrefix
    }

    /// The answer lines found in `bytes`, searched as they are and, for HTML and scripts, as
    /// the text a reader sees (tags removed, entities and JSON escapes decoded): highlighted
    /// code is split into spans, so a solution on a page would not match byte for byte.
    func found(in bytes: [UInt8], path: String) -> [String] {
        var found = Set<String>()
        scan(bytes, into: &found)
        if [".html", ".js", ".json", ".xml"].contains(where: path.hasSuffix) {
            scan(Array(Self.visibleText(String(decoding: bytes, as: UTF8.self)).utf8), into: &found)
        }
        return found.sorted()
    }

    /// Finds every line in one pass over `bytes`, looking each position's first 8 bytes up
    /// among the lines' first 8 bytes (a plain substring search per line and file takes
    /// minutes over a whole edition in a debug build).
    private func scan(_ bytes: [UInt8], into found: inout Set<String>) {
        guard bytes.count >= 8 else { return }
        bytes.withUnsafeBytes { buffer in
            for offset in 0...(buffer.count - 8) {
                guard let candidates = byPrefix[buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)] else { continue }
                for line in candidates where offset + line.count <= buffer.count
                    && memcmp(buffer.baseAddress! + offset, line, line.count) == 0 {
                    found.insert(String(decoding: line, as: UTF8.self))
                }
            }
        }
    }

    /// `markup` without tags, with the common entities and JSON escapes decoded.
    static func visibleText(_ markup: String) -> String {
        var text = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true; continue }
            if character == ">" && inTag { inTag = false; continue }
            if !inTag { text.append(character) }
        }
        for (escaped, plain) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
                                 ("\\u003c", "<"), ("\\u003e", ">"), ("\\u0026", "&"), ("\\\"", "\""), ("\\n", "\n"),
                                 ("\\/", "/"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: escaped, with: plain)
        }
        return text
    }
}
