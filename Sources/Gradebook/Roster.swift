import Foundation
import SwiftCSV

/// The class list an instructor keeps: a CSV file with a header row naming the columns
/// `folder`, `id` and `name` (in any order; other columns, as an LMS export has, are
/// ignored), one learner a row.
///
/// Read with SwiftCSV (quoted fields, commas and newlines inside quotes, a byte order mark).
/// A row whose folder is empty, not a plain folder name or listed twice makes the roster
/// unusable: grading someone under the wrong name is worse than stopping. A repeated id only
/// warns (two accounts of one person are common), and both rows are kept.
public struct Roster: Sendable, Hashable {
    /// The learners in the file's order.
    public var learners: [Learner]
    /// Problems that do not stop grading, one line each.
    public var warnings: [String]

    /// Creates a roster from validated parts.
    public init(learners: [Learner], warnings: [String] = []) {
        self.learners = learners
        self.warnings = warnings
    }

    /// The columns a roster must have.
    public static let columns = ["folder", "id", "name"]

    /// Reads the roster at `path`.
    public static func load(_ path: String) throws(GradebookError) -> Roster {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingInput(path: path, message: "no such roster; give a CSV file with the header row folder,id,name")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw .roster(path: path, message: "cannot read the roster; give a CSV file with the header row folder,id,name")
        }
        return try parse(data, path: path)
    }

    /// Reads a roster from `data`; `path` names it in messages.
    public static func parse(_ data: Data, path: String) throws(GradebookError) -> Roster {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .roster(path: path, message: "the roster is not UTF-8 text; export it as CSV UTF-8")
        }
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw .roster(path: path, message: "the roster is not valid CSV (\(Self.describe(error))); check its quotes")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var position: [String: Int] = [:]
        for column in columns {
            guard let index = header.firstIndex(of: column) else {
                throw .roster(path: path, message: "the header row must name the columns folder,id,name; it is '\(csv.header.joined(separator: ","))'")
            }
            position[column] = index
        }

        var learners: [Learner] = []
        var rowOfFolder: [String: Int] = [:]
        var rowsOfID: [String: [(row: Int, folder: String)]] = [:]
        for (offset, fields) in csv.rows.enumerated() {
            // Row 1 is the header; a row is a line unless a quoted field spans lines.
            let row = offset + 2
            let field = { (column: String) in
                let index = position[column]!
                return index < fields.count ? fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let learner = Learner(folder: field("folder"), id: field("id"), name: field("name"))
            if let problem = folderProblem(learner.folder) {
                throw .roster(path: path, message: "row \(row): \(problem)")
            }
            if let first = rowOfFolder[learner.folder] {
                throw .roster(path: path, message: "row \(row): the folder '\(learner.folder)' is already on row \(first); list each learner once")
            }
            rowOfFolder[learner.folder] = row
            if !learner.id.isEmpty { rowsOfID[learner.id, default: []].append((row, learner.folder)) }
            learners.append(learner)
        }

        // In the order of each id's first row, so the warnings read like the file.
        let warnings = rowsOfID.filter { $0.value.count > 1 }.sorted { $0.value[0].row < $1.value[0].row }.map { id, rows in
            let places = rows.map { "row \($0.row) ('\($0.folder)')" }.joined(separator: ", ")
            return "\(path): warning: the id '\(id)' is on \(places); both rows are kept"
        }
        return Roster(learners: learners, warnings: warnings)
    }

    /// Why `folder` cannot name a learner's folder, or nil. Only a plain name inside the
    /// submissions folder is accepted: never a path, never a hidden or ignored folder.
    static func folderProblem(_ folder: String) -> String? {
        if folder.isEmpty { return "the folder is empty; every row needs the learner's folder name" }
        if folder == "." || folder == ".." || folder.contains("/") || folder.contains("\0") {
            return "'\(folder)' is not a folder name; give the name of the learner's folder inside the submissions folder"
        }
        if folder.hasPrefix(".") || folder.hasPrefix("_") {
            return "'\(folder)' starts with '\(folder.first!)'; such folders are ignored in the submissions folder, rename it"
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? CSVParseError {
            switch error {
            case .generic(let message), .quotation(let message): return message
            }
        }
        return String(describing: error)
    }
}
