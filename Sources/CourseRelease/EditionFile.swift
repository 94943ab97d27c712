/// One file of an edition: its bytes and whether it is a program (scripts keep their
/// executable bit in the repository and in the autograder's zip).
public struct EditionFile: Sendable, Hashable {
    /// The file's contents.
    public var bytes: [UInt8]
    /// Whether the file is executable (mode 755 rather than 644).
    public var isExecutable: Bool

    /// Creates a file.
    public init(bytes: [UInt8], isExecutable: Bool = false) {
        self.bytes = bytes
        self.isExecutable = isExecutable
    }

    /// Creates a text file.
    public init(text: String, isExecutable: Bool = false) {
        self.init(bytes: Array(text.utf8), isExecutable: isExecutable)
    }

    /// The contents as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
