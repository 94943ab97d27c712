#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a gradebook output atomically: the bytes go to a temporary file beside the target,
/// which is then renamed over it, so an interrupted run leaves either the old file or the
/// new one, never half of one (a half-written report would be taken for a learner's grades).
public enum OutputFile {
    /// Writes `text` to `path`, creating its folder.
    public static func write(_ text: String, to path: String) throws(GradebookError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw .cannotWrite(path: folder, message: "cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\((path as NSString).lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw .cannotWrite(path: path, message: "cannot write the file (\(String(cString: strerror(errno))))")
        }
        guard rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, message: "cannot put the file in place (\(why))")
        }
    }
}
