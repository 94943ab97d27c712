import Foundation

/// A text file read for the course, checked to be UTF-8.
public struct SourceFile: Sendable, Hashable {
    /// The path used in diagnostics.
    public let path: String
    /// The file's text, without a leading byte-order mark.
    public let text: String

    /// Creates a file from text already in memory (tests, generated input).
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads `path`; a missing file or one that is not UTF-8 is a diagnostic naming the spot.
    public static func read(_ path: String) throws(CourseError) -> SourceFile {
        guard var bytes = FileBytes.read(path) else {
            throw CourseError([Diagnostic(file: path, message: "cannot read the file; check that it exists and is readable")],
                              isMissingInput: true)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            throw CourseError([Diagnostic(
                file: path, line: line, column: column,
                message: "the file is not valid UTF-8; re-save it with UTF-8 encoding"
            )])
        }
        return SourceFile(path: path, text: text)
    }

    /// Finds the line and byte column of the first byte that breaks UTF-8 decoding.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            let end = index + length
            let sequence = end <= bytes.count ? Array(bytes[index..<end]) : []
            if length > 1, sequence.isEmpty || String(validating: sequence, as: UTF8.self) == nil {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, index - lineStart + 1)
    }
}
