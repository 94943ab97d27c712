import ContentHash
import Foundation

/// Copies the images a lesson uses into the site under names derived from their bytes.
///
/// Content-hashed names mean a changed image gets a new URL (no stale caches) and the same
/// picture used by two lessons is stored once.
struct ImageCollector {
    /// The course folder (the one holding course.yml), symlinks resolved; only files inside it
    /// are published. Nil when the folder itself cannot be resolved (then no image is).
    private let root: String?
    /// Image files in the site, by site-relative path.
    private(set) var files: [String: [UInt8]] = [:]
    /// Files already read, by normalised source path, so a picture used twice is read once.
    private(set) var sitePathBySource: [String: String] = [:]
    /// The fingerprint of each file read, by normalised source path (the build cache's
    /// dependencies).
    private(set) var sourceDigests: [String: Fingerprint] = [:]

    /// File extensions browsers show in `<img>`, and so the only ones accepted.
    static let allowedExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"]

    init(courseFolder: String) {
        root = Self.resolvedPath(courseFolder)
    }

    /// The site path of the image `source`, written in the lesson in `folderPath`.
    mutating func add(_ source: String, fromFolder folderPath: String) -> Result<String, ImageProblem> {
        if LinkResolver.scheme(of: source) != nil || source.hasPrefix("//") {
            return .failure(ImageProblem(message:
                "the image '\(source)' is not a file of the course; the site makes no network requests, so save the image in the lesson folder and link it by its file name"))
        }
        let (path, _) = LinkResolver.split(source)
        let decoded = path.removingPercentEncoding ?? path
        let sourcePath = LinkResolver.normalize(folderPath + "/" + decoded)
        if let known = sitePathBySource[sourcePath] { return .success(known) }
        let fileExtension = (decoded as NSString).pathExtension.lowercased()
        guard Self.allowedExtensions.contains(fileExtension) else {
            return .failure(ImageProblem(message:
                "'\(source)' is not an image browsers show; use \(Self.allowedExtensions.sorted().joined(separator: ", "))"))
        }
        guard let data = FileManager.default.contents(atPath: sourcePath) else {
            return .failure(ImageProblem(message:
                "the image '\(source)' does not exist (looked for \(sourcePath)); check the file name"))
        }
        // Only files of the course are published: `../../secret.png`, or a symlink in the
        // lesson folder pointing out of it, must not copy someone's file into the site.
        guard let root, let resolved = Self.resolvedPath(sourcePath), resolved.hasPrefix(root == "/" ? "/" : root + "/") else {
            return .failure(ImageProblem(message:
                "the image '\(source)' is outside the course folder (it resolves to \(Self.resolvedPath(sourcePath) ?? sourcePath)); copy it into the lesson's folder"))
        }
        let bytes = [UInt8](data)
        sourceDigests[sourcePath] = Fingerprint.of(bytes)
        let digest = SHA256.hexDigest(of: bytes)
        let sitePath = "assets/images/\(digest.prefix(16)).\(fileExtension == "jpeg" ? "jpg" : fileExtension)"
        files[sitePath] = bytes
        sitePathBySource[sourcePath] = sitePath
        return .success(sitePath)
    }
}

extension ImageCollector {
    /// The absolute path with every symlink, `.` and `..` resolved, or nil if it does not exist.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Why an image could not be used.
struct ImageProblem: Error {
    let message: String
}
