/// A repository computed in memory, relative path → file, before anything touches the disk.
///
/// Both `course release` (a learner edition) and `course autograder` (Gradescope's package)
/// compute one, so it can be inspected and tested whole, then written in one place:
/// ``EditionWriter`` for a folder, ``AutograderArchive`` for a zip.
public struct Edition: Sendable {
    /// The files, by path relative to the edition's root (`Lessons/course.yml`).
    public var files: [String: EditionFile]
    /// Paths of the authors' repository deliberately left out (solutions, hidden checks,
    /// unexpected files in exercise folders), relative to the folder they came from.
    public var leftOut: [String]

    /// Creates an edition.
    public init(files: [String: EditionFile] = [:], leftOut: [String] = []) {
        self.files = files
        self.leftOut = leftOut
    }

    /// Every path, sorted: the order files are written in.
    public var paths: [String] { files.keys.sorted() }

    /// Adds `files` under the folder `prefix` (empty for the root).
    public mutating func add(_ files: [String: EditionFile], under prefix: String = "") {
        for (path, file) in files {
            self.files[prefix.isEmpty ? path : prefix + "/" + path] = file
        }
    }
}
