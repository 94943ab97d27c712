import Foundation

/// Reads a folder of the authors' repository into memory.
///
/// Only regular files are read. Names starting with `.` are skipped (editor and system
/// litter such as `.DS_Store`, build folders such as `.build`), and so are symbolic links:
/// a link can point outside the repository, at a file learners must not get, and a learner
/// edition must stand on its own. What was skipped is returned, so the release can say so.
enum FileTree {
    /// The files under `folder` by path relative to it, and the relative paths skipped.
    static func read(_ folder: String) throws(ReleaseError) -> (files: [String: EditionFile], skipped: [String]) {
        var files: [String: EditionFile] = [:]
        var skipped: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: absolute)
            } catch {
                throw .fileSystem(path: absolute, reason: "cannot list the folder: \(error.localizedDescription)")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind(of: folder + "/" + path) {
                case .folder: pending.append(path)
                case .file(let executable): files[path] = try readFile(folder + "/" + path, isExecutable: executable)
                case .other: skipped.append(path)
                }
            }
        }
        return (files, skipped.sorted())
    }

    /// Reads one file.
    static func readFile(_ path: String, isExecutable: Bool? = nil) throws(ReleaseError) -> EditionFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileSystem(path: path, reason: "cannot read the file; check that it exists and is readable")
        }
        let executable: Bool
        if let isExecutable {
            executable = isExecutable
        } else if case .file(let bit) = kind(of: path) {
            executable = bit
        } else {
            executable = false
        }
        return EditionFile(bytes: [UInt8](data), isExecutable: executable)
    }

    enum Kind: Equatable {
        case folder
        case file(executable: Bool)
        case other
    }

    /// What is at `path`, without following a symbolic link.
    static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file(executable: status.st_mode & S_IXUSR != 0)
        default: return .other
        }
    }
}
