import Foundation

/// Why a built site could not be put on disk.
public enum SiteWriteError: Error, Sendable, CustomStringConvertible {
    /// The output folder holds files `course build` did not write; replacing them could lose work.
    case notASite(path: String)
    /// The file system refused an operation.
    case fileSystem(path: String, reason: String)

    public var description: String {
        switch self {
        case .notASite(let path):
            return "\(path): error: the folder exists and was not written by 'course build'; choose another --out or remove it yourself"
        case .fileSystem(let path, let reason):
            return "\(path): error: cannot write the site: \(reason)"
        }
    }
}

/// Puts a built site on disk so that readers never see half of it.
///
/// The site is written into a fresh folder beside the target, then swapped in with two
/// renames; if anything fails before the swap, the previous site is untouched.
public enum SiteWriter {
    /// A file every built site contains, so a later build knows the folder is safe to replace.
    public static let markerFileName = ".course-site"
    static let markerText = "This folder is written by 'course build' and replaced whole on every build; edit the lessons, not these files.\n"

    /// Writes one file with plain POSIX calls: Foundation's `Data.write` syncs every file to
    /// disk, which made writing a thousand pages slower than rendering them. The swap at the
    /// end is what makes the build atomic, not per-file syncs.
    static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SiteWriteError.fileSystem(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw SiteWriteError.fileSystem(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Writes `site` to `path`, replacing what a previous build put there.
    public static func write(_ site: Site, to path: String) throws(SiteWriteError) {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let exists = fileManager.fileExists(atPath: target.path)
        if exists {
            let contents = (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? ["?"]
            let isOurs = fileManager.fileExists(atPath: target.appendingPathComponent(markerFileName).path)
            guard isOurs || contents.isEmpty else { throw .notASite(path: path) }
        }

        let staging = parent.appendingPathComponent(".\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let files = site.files.sorted { $0.key < $1.key }
            for folder in Set(files.map { ($0.key as NSString).deletingLastPathComponent }).sorted() where !folder.isEmpty {
                try fileManager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for (relativePath, bytes) in files {
                try writeFile(bytes, to: staging.path + "/" + relativePath)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .fileSystem(path: path, reason: error.localizedDescription)
        }

        do {
            if exists { try fileManager.moveItem(at: target, to: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .fileSystem(path: path, reason: error.localizedDescription)
        }
        do {
            try fileManager.moveItem(at: staging, to: target)
        } catch {
            if exists { try? fileManager.moveItem(at: retired, to: target) }
            try? fileManager.removeItem(at: staging)
            throw .fileSystem(path: path, reason: error.localizedDescription)
        }
        if exists { try? fileManager.removeItem(at: retired) }
    }
}
