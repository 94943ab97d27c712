/// A built site held in memory: every file it contains, by path relative to the site's root.
public struct Site: Sendable, Equatable {
    /// File contents by site path (`index.html`, `assets/course.css`, …).
    public var files: [String: [UInt8]]

    /// Creates a site from its files.
    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// The file at `path` as text, for tests and tools.
    public func text(at path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
