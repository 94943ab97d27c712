import Foundation

/// A folder under the system's temporary directory, filled from an in-memory map of files and
/// removed when the value is released, so each test works on its own course.
public final class TemporaryFolder {
    /// The folder's absolute path.
    public let path: String

    /// Creates the folder and writes `files` (relative path → contents) into it.
    public init(files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "course-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (relativePath, contents) in files { try write(relativePath, contents) }
    }

    /// Writes text to `relativePath`, creating folders as needed.
    public func write(_ relativePath: String, _ contents: String) throws {
        try write(relativePath, bytes: Array(contents.utf8))
    }

    /// Writes bytes to `relativePath`, creating folders as needed.
    public func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The absolute path of `relativePath` inside the folder.
    public func url(_ relativePath: String) -> String {
        path + "/" + relativePath
    }

    /// Every file under `relativePath` with its bytes, by relative path; for "nothing changed" checks.
    public func snapshot(_ relativePath: String) -> [String: Data] {
        snapshotFiles(atPath: url(relativePath))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A small valid lesson file, with optional extra body text.
public func lessonMarkdown(title: String = "A lesson", summary: String = "What it covers.", body: String = "## Start\n\nText.\n") -> String {
    "---\ntitle: \(title)\nsummary: \(summary)\nobjectives:\n  - Do a thing\n---\n\n" + body
}

/// The `course.yml` of a test course.
public let courseYAML = "title: Test course\ndescription: A course for tests.\n"

/// Every file under `root` with its bytes, by path relative to `root`.
public func snapshotFiles(atPath root: String) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
    while let item = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[item] = FileManager.default.contents(atPath: root + "/" + item)
        }
    }
    return files
}
