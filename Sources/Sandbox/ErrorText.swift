#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text for `errno` values.
enum ErrorText {
    /// The C library's message for an error number, e.g. "No such file or directory".
    static func of(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}
