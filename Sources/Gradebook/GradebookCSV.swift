import Foundation

/// `gradebook.csv`: a header row, then one row per learner in folder order: folder, id,
/// name, the points of each exercise (one column per exercise id, in the course's order),
/// the total and the maximum. Fields are quoted only when they must be (RFC 4180: a comma,
/// a quote or a line break; quotes doubled); lines end with `\n`; points are written by
/// ``PointsFormat`` (`5`, `2.5`).
public enum GradebookCSV {
    /// The file's text.
    public static func render(_ gradebook: Gradebook) -> String {
        var lines = [(["folder", "id", "name"] + gradebook.context.exercises.map(\.id) + ["total", "max"]).map(field).joined(separator: ",")]
        let maximum = PointsFormat.text(gradebook.maximumTotal)
        for record in gradebook.records {
            let scores = gradebook.context.exercises.indices.map { PointsFormat.text(gradebook.points(record, $0)) }
            let row = [record.learner.folder, record.learner.id, record.learner.name].map(field) + scores
                + [PointsFormat.text(gradebook.total(record)), maximum]
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as one CSV field.
    ///
    /// A text field that a spreadsheet would take for a formula (it starts with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return: a roster name like `=HYPERLINK(…)`) is prefixed
    /// with `'`, which spreadsheets show as text; points are written as numbers elsewhere.
    public static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
