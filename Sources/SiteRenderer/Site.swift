/// A built site held in memory: every file it contains, by path relative to the site's root.
public struct Site: Sendable, Equatable {
    /// File contents by site path (`index.html`, `assets/course.css`, …).
    public var files: [String: [UInt8]]
    /// Files of the site that an incremental build did not produce, because the site being
    /// replaced holds them unchanged (``SiteWriter`` links them across).
    public var reused: Set<String> = []

    /// Creates a site from its files.
    public init(files: [String: [UInt8]], reused: Set<String> = []) {
        self.files = files
        self.reused = reused
    }

    /// Every path of the site, produced or reused.
    public var paths: Set<String> { reused.union(files.keys) }

    /// The file at `path` as text, for tests and tools.
    public func text(at path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
