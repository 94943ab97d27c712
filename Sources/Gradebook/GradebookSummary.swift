/// The summary printed at the end of a run and written beside the CSV
/// (`gradebook-summary.txt`): per exercise, how many learners passed, the mean points and
/// the check that failed for the most learners; the outcomes counted; the notes. Plain
/// text, deterministic (no times, no paths but those in the notes).
public enum GradebookSummary {
    /// The order outcomes are listed in; any other word follows, sorted.
    static let outcomeOrder = ["passed", "failed", "compile error", "crashed", "timed out", "resource limit",
                               "not attempted", "not submitted", "not UTF-8", "too large"]

    /// The summary's text.
    public static func render(_ gradebook: Gradebook) -> String {
        let records = gradebook.records
        let columns = gradebook.context.exercises
        let maxima = gradebook.maxima
        let count = records.count
        var table: [[String]] = [["exercise", "passed", "mean points", "most common failing check"]]
        for (index, column) in columns.enumerated() {
            let scores = records.map { $0.exercises.indices.contains(index) ? $0.exercises[index] : nil }
            let passed = scores.filter { $0?.outcome == "passed" }.count
            let mean = count == 0 ? 0 : scores.reduce(0) { $0 + ($1?.points ?? 0) } / Double(count)
            table.append([column.id, ratio(passed, count), "\(PointsFormat.text(mean, decimals: 2)) of \(PointsFormat.text(maxima[index]))",
                          mostCommonFailure(scores.compactMap { $0?.failedChecks })])
        }
        let allPassed = records.filter { record in
            columns.indices.allSatisfy { record.exercises.indices.contains($0) && record.exercises[$0].outcome == "passed" }
        }.count
        let meanTotal = count == 0 ? 0 : records.reduce(0) { $0 + gradebook.total($1) } / Double(count)
        table.append(["all", ratio(allPassed, count),
                      "\(PointsFormat.text(meanTotal, decimals: 2)) of \(PointsFormat.text(gradebook.maximumTotal))", ""])

        var text = "Gradebook: \(count) learner\(count == 1 ? "" : "s"), \(columns.count) exercise\(columns.count == 1 ? "" : "s").\n\n"
        text += aligned(table)
        text += "\nOutcomes\n"
        let idWidth = columns.map(\.id.count).max() ?? 0
        for (index, column) in columns.enumerated() {
            var tally: [String: Int] = [:]
            for record in records where record.exercises.indices.contains(index) {
                tally[record.exercises[index].outcome, default: 0] += 1
            }
            let words = outcomeOrder.filter { tally[$0] != nil } + tally.keys.filter { !outcomeOrder.contains($0) }.sorted()
            let counts = words.map { "\(tally[$0]!) \($0)" }.joined(separator: " · ")
            text += "  " + pad(column.id, idWidth) + "  " + (counts.isEmpty ? "no learners" : counts) + "\n"
        }
        if !gradebook.context.notes.isEmpty {
            text += "\nNotes\n" + gradebook.context.notes.map { "  " + $0 + "\n" }.joined()
        }
        return text
    }

    /// "3 of 8 (38%)".
    static func ratio(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "0 of 0" }
        return "\(part) of \(whole) (\(Int((Double(part) * 100 / Double(whole)).rounded()))%)"
    }

    /// The check that failed for the most learners, with how many ("—" when none failed);
    /// a tie goes to the name that sorts first.
    static func mostCommonFailure(_ failures: [[String]]) -> String {
        var tally: [String: Int] = [:]
        for names in failures {
            for name in Set(names) { tally[name, default: 0] += 1 }
        }
        guard let best = tally.max(by: { a, b in
            a.value != b.value ? a.value < b.value : b.key.utf8.lexicographicallyPrecedes(a.key.utf8)
        }) else { return "—" }
        return "\(best.key) (\(best.value) learner\(best.value == 1 ? "" : "s"))"
    }

    /// Rows as columns padded to their widest cell, two spaces apart, no trailing spaces.
    static func aligned(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += column == row.count - 1 ? cell : pad(cell, widths[column]) + "  "
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
