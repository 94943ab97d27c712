import Foundation

/// Puts an edition on disk in one step: every file is written into a fresh folder beside the
/// target, which is then renamed into place, so the target is either absent (or the empty
/// folder it was) or the complete edition, never half of one.
///
/// A target that exists and holds anything is refused, before and again at the rename
/// (which the kernel refuses onto a folder that is not empty): a release never writes over
/// files it did not make.
public enum EditionWriter {
    /// Refuses `path` unless it is absent or an empty folder.
    public static func checkTarget(_ path: String) throws(ReleaseError) {
        switch FileTree.kind(of: path) {
        case .folder:
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard contents.isEmpty else { throw .outputNotEmpty(path: path) }
        case .file:
            throw .outputNotAFolder(path: path)
        case .other:
            // Absent, or a link: a link to a folder would be followed by the rename.
            if FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                throw .outputNotAFolder(path: path)
            }
        }
    }

    /// Writes `edition` to the folder `path`.
    public static func write(_ edition: Edition, to path: String) throws(ReleaseError) {
        try checkTarget(path)
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.removeItem(atPath: staging)
        do throws(ReleaseError) {
            try writeFiles(edition.files, into: staging)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        // rename(2) replaces an empty folder atomically and fails on one that is not empty.
        guard rename(staging, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: staging)
            if errno == ENOTEMPTY || errno == EEXIST { throw .outputNotEmpty(path: path) }
            throw .fileSystem(path: path, reason: "cannot move the edition into place: \(reason)")
        }
    }

    /// Writes `files` (relative paths) under `folder`, creating folders as needed.
    static func writeFiles(_ files: [String: EditionFile], into folder: String) throws(ReleaseError) {
        let fileManager = FileManager.default
        let paths = files.keys.sorted()
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for parent in Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted() where !parent.isEmpty {
                try fileManager.createDirectory(atPath: folder + "/" + parent, withIntermediateDirectories: true)
            }
        } catch {
            throw .fileSystem(path: folder, reason: "cannot create a folder: \(error.localizedDescription)")
        }
        for path in paths {
            let file = files[path]!
            let destination = folder + "/" + path
            guard fileManager.createFile(atPath: destination, contents: Data(file.bytes),
                                         attributes: [.posixPermissions: file.isExecutable ? 0o755 : 0o644]) else {
                throw .fileSystem(path: destination, reason: "cannot write the file")
            }
        }
    }
}
