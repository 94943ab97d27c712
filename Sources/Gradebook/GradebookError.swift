/// Why a gradebook could not be made: input the instructor must fix, or an output that
/// cannot be written. Each prints as one line, `path: error: what to do`.
public enum GradebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The roster cannot be used.
    case roster(path: String, message: String)
    /// The submissions folder cannot be used.
    case submissions(path: String, message: String)
    /// A part of a sharded run cannot be read, or the parts do not belong together.
    case parts(path: String, message: String)
    /// A file or folder named on the command line does not exist.
    case missingInput(path: String, message: String)
    /// An output cannot be written.
    case cannotWrite(path: String, message: String)

    public var description: String {
        switch self {
        case .roster(let path, let message), .submissions(let path, let message), .parts(let path, let message),
             .missingInput(let path, let message), .cannotWrite(let path, let message):
            return "\(path): error: \(message)"
        }
    }
}
