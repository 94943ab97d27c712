import Foundation
import ZIPFoundation

/// Writes an autograder package as the zip Gradescope takes, with ZIPFoundation.
///
/// Entries are added in sorted order with a fixed date and their permissions (755 for the
/// scripts), so the same package gives the same entries; the zip is written beside the
/// target and renamed into place. An existing file is replaced only when it is an
/// autograder (a zip with `run_autograder` at its root), never any other file.
public enum AutograderArchive {
    /// The date every entry carries (noon, so no time zone moves it to another day).
    static let entryDate = Date(timeIntervalSince1970: 946_728_000)  // 2000-01-01 12:00 UTC

    /// Writes `package` to the zip file `path`.
    public static func write(_ package: Edition, to path: String) throws(ReleaseError) {
        try checkTarget(path)
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        do {
            let archive = try Archive(url: staging, accessMode: .create)
            for entry in package.paths {
                let file = package.files[entry]!
                let bytes = file.bytes
                try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: entryDate, permissions: file.isExecutable ? 0o755 : 0o644,
                                     compressionMethod: .deflate) { position, size in
                    Data(bytes[Int(position)..<Int(position) + size])
                }
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw .fileSystem(path: path, reason: "cannot write the zip: \(error)")
        }
        guard rename(staging.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: staging)
            throw .fileSystem(path: path, reason: "cannot move the zip into place: \(reason)")
        }
    }

    /// Refuses `path` unless it is absent or an autograder zip.
    public static func checkTarget(_ path: String) throws(ReleaseError) {
        switch FileTree.kind(of: path) {
        case .folder:
            throw .notAnAutograder(path: path)
        case .file:
            let archive: Archive
            do {
                archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
            } catch {
                throw .notAnAutograder(path: path)
            }
            guard archive["run_autograder"] != nil else { throw .notAnAutograder(path: path) }
        case .other:
            if FileManager.default.fileExists(atPath: path) { throw .notAnAutograder(path: path) }
        }
    }
}
