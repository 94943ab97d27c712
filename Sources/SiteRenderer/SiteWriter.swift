import CourseModel
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
/// The site is written into a fresh staging folder beside the target, then exchanged with
/// the old site in one step (Linux `renameat2` with `RENAME_EXCHANGE`): at every moment the
/// target path holds a complete site, the old one or the new one. A build that is killed
/// leaves at most a staging or retired folder named after its process; the next build
/// recognises those by their marker file and a dead process ID, and removes them.
public enum SiteWriter {
    /// A file every built site contains, so a later build knows the folder is safe to replace.
    public static let markerFileName = ".course-site"
    static let markerText = "This folder is written by 'course build' and replaced whole on every build; edit the lessons, not these files.\n"

    /// Writes one file with plain POSIX calls: Foundation's `Data.write` syncs every file to
    /// disk, which made writing a thousand pages slower than rendering them. The exchange at
    /// the end is what makes the build atomic, not per-file syncs.
    static func writeFile(_ bytes: [UInt8], to path: String) throws(SiteWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .fileSystem(path: path, reason: systemReason()) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = systemReason()
                close(descriptor)
                throw .fileSystem(path: path, reason: reason)
            }
            offset += written
        }
        // A full disk may only show up when the file is closed (NFS, some FUSE file systems).
        if close(descriptor) != 0 { throw .fileSystem(path: path, reason: systemReason()) }
    }

    /// Writes `site` to `path`, replacing what a previous build put there, and returns the
    /// identity of every file written, for the next build's cache.
    ///
    /// Files in ``Site/reused`` are hard-linked from the site being replaced (copied where the
    /// file system has no hard links): they are not rewritten, and keep their dates.
    @discardableResult
    public static func write(_ site: Site, to path: String) throws(SiteWriteError) -> WrittenSite {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let name = target.lastPathComponent
        let exists = fileManager.fileExists(atPath: target.path)
        if exists {
            let contents = (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? ["?"]
            let isOurs = fileManager.fileExists(atPath: target.appendingPathComponent(markerFileName).path)
            guard isOurs || contents.isEmpty else { throw .notASite(path: path) }
        }
        removeLeftovers(of: name, in: parent)

        let processID = ProcessInfo.processInfo.processIdentifier
        let staging = parent + "/" + leftoverName(of: name, kind: "tmp", processID: processID)
        var stamps: [String: FileStamp] = [:]
        try? fileManager.removeItem(atPath: staging)
        do throws(SiteWriteError) {
            try makeDirectory(staging)
            // The marker goes in first, so a staging folder cut short is still recognisable.
            try writeFile(Array(markerText.utf8), to: staging + "/" + markerFileName)
            let files = site.files.sorted { $0.key < $1.key }
            for folder in Set(site.paths.map { ($0 as NSString).deletingLastPathComponent }).sorted() where !folder.isEmpty {
                try makeDirectory(staging + "/" + folder)
            }
            for (relativePath, bytes) in files where relativePath != markerFileName {
                try writeFile(bytes, to: staging + "/" + relativePath)
            }
            // Relative to open folders: a thousand links and stats walk no absolute paths.
            let from = FolderHandle(target.path), to = FolderHandle(staging)
            for relativePath in site.reused.sorted() where relativePath != markerFileName {
                try carryOver(relativePath, from: from, to: to)
            }
            for relativePath in site.paths {
                stamps[relativePath] = FileStamp(relativePath, in: to)
            }
            try swapIn(staging, at: target.path, replacing: exists)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            // Name the site the user asked for first, then the file that failed and the system's reason.
            guard case .fileSystem(let failed, let reason) = error else { throw error }
            throw .fileSystem(path: path, reason: failed == target.path ? reason : "\(failed): \(reason)")
        }
        // After the exchange the staging path holds the previous site.
        removeTree(staging)
        return WrittenSite(folder: ImageCollector.resolvedPath(target.path) ?? target.path, stamps: stamps)
    }

    /// Puts the previous site's file at `relativePath` into the new site unchanged.
    private static func carryOver(_ relativePath: String, from source: FolderHandle, to staging: FolderHandle) throws(SiteWriteError) {
        if linkat(source.descriptor, relativePath, staging.descriptor, relativePath, 0) == 0 { return }
        let sourcePath = source.path + "/" + relativePath
        guard errno == EXDEV || errno == EPERM || errno == EMLINK || errno == ENOTSUP else {
            if errno == ENOENT {
                throw .fileSystem(path: sourcePath, reason: "the file disappeared while the site was being built; build again")
            }
            throw .fileSystem(path: staging.path + "/" + relativePath, reason: systemReason())
        }
        guard let bytes = FileBytes.read(sourcePath) else {
            throw .fileSystem(path: sourcePath, reason: systemReason())
        }
        try writeFile(bytes, to: staging.path + "/" + relativePath)
    }

    /// Removes a folder and everything in it, reading each folder once and stating nothing
    /// (Foundation's `removeItem` stats every entry): a retired site of a thousand pages.
    static func removeTree(_ path: String) {
        guard let folder = opendir(path) else {
            unlink(path)
            return
        }
        var subfolders: [String] = []
        let descriptor = dirfd(folder)
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            if entry.pointee.d_type == UInt8(DT_DIR) || unlinkat(descriptor, name, 0) != 0 && errno == EISDIR {
                subfolders.append(name)
            }
        }
        closedir(folder)
        for name in subfolders { removeTree(path + "/" + name) }
        rmdir(path)
    }

    /// Puts the folder `staging` at `target` in one step.
    private static func swapIn(_ staging: String, at target: String, replacing exists: Bool) throws(SiteWriteError) {
        if let renameat2 = Renameat2.function {
            let flags = exists ? Renameat2.exchange : Renameat2.noReplace
            if renameat2(AT_FDCWD, staging, AT_FDCWD, target, flags) == 0 { return }
            // Some file systems lack the flag (EINVAL); fall back to two renames below.
            guard errno == EINVAL || errno == ENOSYS else {
                throw .fileSystem(path: target, reason: systemReason())
            }
        }
        guard exists else {
            if rename(staging, target) != 0 { throw .fileSystem(path: target, reason: systemReason()) }
            return
        }
        // Without an exchange there is a moment with no site at `target`: between the renames.
        let retired = staging.replacingOccurrences(of: ".tmp-", with: ".old-")
        if rename(target, retired) != 0 { throw .fileSystem(path: target, reason: systemReason()) }
        if rename(staging, target) != 0 {
            let reason = systemReason()
            _ = rename(retired, target)
            throw .fileSystem(path: target, reason: reason)
        }
        _ = rename(retired, staging)
    }

    /// `.site.tmp-PID` (a build writing) and `.site.old-PID` (a build retiring the old site).
    static func leftoverName(of name: String, kind: String, processID: Int32) -> String {
        ".\(name).\(kind)-\(processID)"
    }

    /// Removes staging and retired folders of builds that are no longer running: only folders
    /// named like ours, holding our marker, whose process ID is not a live process.
    static func removeLeftovers(of name: String, in parent: String) {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries {
            guard let processID = leftoverProcessID(entry, of: name),
                  processID != ProcessInfo.processInfo.processIdentifier,
                  !isRunning(processID) else { continue }
            let folder = parent + "/" + entry
            guard fileManager.fileExists(atPath: folder + "/" + markerFileName) else { continue }
            try? fileManager.removeItem(atPath: folder)
        }
    }

    /// The process ID in a leftover's name, or nil when `entry` is not one of `name`'s.
    static func leftoverProcessID(_ entry: String, of name: String) -> Int32? {
        for kind in ["tmp", "old"] {
            let prefix = ".\(name).\(kind)-"
            if entry.hasPrefix(prefix), let processID = Int32(entry.dropFirst(prefix.count)), processID > 0 {
                return processID
            }
        }
        return nil
    }

    private static func isRunning(_ processID: Int32) -> Bool {
        kill(processID, 0) == 0 || errno == EPERM
    }

    private static func makeDirectory(_ path: String) throws(SiteWriteError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, !FileManager.default.fileExists(atPath: parent) { try makeDirectory(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw .fileSystem(path: path, reason: systemReason()) }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// An open folder, for calls relative to it (`linkat`, `fstatat`).
final class FolderHandle {
    let path: String
    let descriptor: Int32

    init(_ path: String) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }
}

/// Linux's `renameat2`, looked up at run time: Swift's Glibc module does not declare it, and
/// older C libraries lack it (then the writer falls back to two renames).
private enum Renameat2 {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    static let noReplace: UInt32 = 1  // RENAME_NOREPLACE
    static let exchange: UInt32 = 2   // RENAME_EXCHANGE

    static let function: Function? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }()
}
