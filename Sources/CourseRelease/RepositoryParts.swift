/// Which parts of the authors' repository each edition carries, besides the lessons and the
/// exercises (which are rewritten, not copied).
///
/// Left out of both, on purpose: `Benchmarks/` (the authors' speed measurements), `site/`
/// (rebuilt from the edition's own lessons), `AUTHORING.md`, `ARCHITECTURE.md` and
/// `INSTRUCTORS.md` (for authors, tool developers and instructors; the learner edition has
/// its own README), `Package.resolved` (ignored by git: pins from the authors' machine), and
/// `scripts/check-release` (it releases the authors' course, which an edition is not).
enum RepositoryParts {
    /// A learner's repository: what `scripts/build-site` and `scripts/test` need, and CI's entry.
    static let learner = ["Package.swift", ".gitignore", "Sources", "Tests", "scripts", ".ci", "course"]
    /// Gradescope's package: what building `course` needs (the manifest names the test
    /// targets, so `Tests/` must be there too) and `scripts/setup`.
    static let autograder = ["Package.swift", "Sources", "Tests", "scripts"]
    /// Files under those parts that no edition carries.
    static let leftOut: Set<String> = ["scripts/check-release"]

    /// Reads `parts` of the repository at `root` (a missing part is skipped).
    static func read(_ parts: [String], root: String) throws(ReleaseError) -> (files: [String: EditionFile], leftOut: [String]) {
        var files: [String: EditionFile] = [:]
        var skipped: [String] = []
        for part in parts {
            let path = root + "/" + part
            switch FileTree.kind(of: path) {
            case .folder:
                let (read, notRead) = try FileTree.read(path)
                for (relative, file) in read { files[part + "/" + relative] = file }
                skipped += notRead.map { part + "/" + $0 }
            case .file:
                files[part] = try FileTree.readFile(path)
            case .other:
                continue
            }
        }
        for path in leftOut where files.removeValue(forKey: path) != nil { skipped.append(path) }
        return (files, skipped.sorted())
    }
}
