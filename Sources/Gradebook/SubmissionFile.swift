#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContentHash
import Foundation

/// What a learner handed in for one exercise, decided before anything is compiled.
///
/// Only a regular file that really lies inside the learner's folder is read: a symbolic
/// link (a file or a folder on the way) could point at another learner's work or at the
/// course's solutions, and a learner's repository can carry one.
public enum SubmissionFile: Sendable, Hashable {
    /// A readable UTF-8 file that differs from the starter: the grader compiles it.
    case submitted(digest: String)
    /// Byte for byte the starter: "not attempted".
    case unchanged
    /// No file there (or no folder for the learner): "not submitted".
    case missing
    /// Something other than a regular file inside the learner's folder; never read.
    case notRegularFile(String)
    /// Not UTF-8 text; never compiled.
    case notUTF8(offset: Int)
    /// Over ``sizeLimit``; never compiled.
    case tooLarge(bytes: Int)

    /// The largest file graded: exercises are a few dozen lines, and a megabyte of source
    /// would only cost the compiler minutes and memory.
    public static let sizeLimit = 1 << 20

    /// Inspects `path`, which must lie in `learnerFolder` (its real path, symbolic links
    /// resolved); `starter` is the exercise's starter.
    static func inspect(_ path: String, inFolder learnerFolder: String, starter: Data) -> SubmissionFile {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .notRegularFile(status.st_mode & S_IFMT == S_IFLNK ? "a symbolic link" : "not a regular file")
        }
        guard let real = realpath(path, nil) else { return .missing }
        defer { free(real) }
        guard String(cString: real).hasPrefix(learnerFolder + "/") else {
            return .notRegularFile("reached through a symbolic link to outside the learner's folder")
        }
        guard Int(status.st_size) <= sizeLimit else { return .tooLarge(bytes: Int(status.st_size)) }
        guard let data = FileManager.default.contents(atPath: path) else { return .notRegularFile("unreadable") }
        if data == starter { return .unchanged }
        if let offset = firstInvalidUTF8Offset(data) { return .notUTF8(offset: offset) }
        return .submitted(digest: SHA256.hexDigest(of: data))
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil for valid text.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// What the learner digest records of this file.
    var digestText: String {
        switch self {
        case .submitted(let digest): return "submitted " + digest
        case .unchanged: return "unchanged"
        case .missing: return "missing"
        case .notRegularFile(let why): return "not a regular file: " + why
        case .notUTF8(let offset): return "not UTF-8 at \(offset)"
        case .tooLarge(let bytes): return "too large: \(bytes)"
        }
    }

    /// Whether the grader must compile it.
    public var needsGrading: Bool {
        if case .submitted = self { return true }
        return false
    }
}
