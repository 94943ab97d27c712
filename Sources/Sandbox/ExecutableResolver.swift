#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns ``SandboxRequest/executable`` into an absolute path of an executable file.
enum ExecutableResolver {
    /// The search path used when the request's environment has no `PATH`.
    static let defaultSearchPath = "/usr/local/bin:/usr/bin:/bin"

    /// The absolute path to execute, or `cannotStart` saying why there is none.
    static func resolve(_ request: SandboxRequest) throws(SandboxError) -> String {
        let name = request.executable
        if name.contains("/") {
            let path = absolute(name, in: request.workingDirectory)
            if let problem = problem(with: path) {
                throw .cannotStart(executable: name, reason: problem)
            }
            return path
        }
        let searchPath = request.environment["PATH"] ?? defaultSearchPath
        for directory in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            let base = directory.isEmpty ? "." : String(directory)
            let path = absolute(base + "/" + name, in: request.workingDirectory)
            if problem(with: path) == nil { return path }
        }
        throw .cannotStart(executable: name, reason: "not found in PATH \(searchPath)")
    }

    /// Checks that the working directory exists and is a directory.
    static func checkDirectory(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return "working directory \(path): \(ErrorText.of(errno))" }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return "working directory \(path) is not a directory" }
        guard access(path, X_OK) == 0 else { return "working directory \(path): \(ErrorText.of(errno))" }
        return nil
    }

    private static func absolute(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") { return path }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private static func problem(with path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(path): \(ErrorText.of(errno))" }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return "\(path) is not a regular file" }
        guard access(path, X_OK) == 0 else { return "\(path) is not executable" }
        return nil
    }
}
