/// Where in the learner's file a crash happened, read from what the learner's program
/// printed when it died: Swift's trap message names the file and line of a failed
/// `precondition`, `fatalError` or force-unwrap in the learner's own code
/// (`Submission/rotate-pair.swift:12: Fatal error: …`), and the runtime's backtrace names
/// every frame's file and line (`at /…/rotate-pair.swift:12:9`).
enum CrashLocation {
    /// "Exercises/…/rotate-pair.swift:12" for the first mention of the learner's file with a
    /// line number in `stderr`, or nil.
    static func find(in stderr: [UInt8], learnerPath: String) -> String? {
        let text = String(decoding: stderr, as: UTF8.self)
        let name = learnerPath.split(separator: "/").last.map(String.init) ?? learnerPath
        var searchStart = text.startIndex
        while let found = text.range(of: name + ":", range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            // The mention must be the whole file name, not the tail of a longer one.
            if found.lowerBound > text.startIndex {
                let before = text[text.index(before: found.lowerBound)]
                guard before == "/" || before == " " || before == "\t" || before == "(" else { continue }
            }
            let digits = text[found.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let line = Int(digits), line > 0 { return "\(learnerPath):\(line)" }
        }
        return nil
    }
}
