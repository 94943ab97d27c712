/// The one Swift program made of a lesson's runnable blocks, in order, like the cells of a
/// notebook: later blocks see the declarations of earlier ones.
///
/// Each block's code is preceded by a `#sourceLocation` directive, so compiler errors and
/// runtime traps name the lesson file and line, and by a marker line printed on stdout, so
/// the output can be cut back into one piece per block.
struct LessonProgram {
    /// Printed before each block's output; control characters keep it from matching lesson text.
    static func marker(_ index: Int) -> String { "\u{1}course-block-\(index)\u{1}" }

    let source: String

    init(blocks: [RunnableBlock], lessonFile: String) {
        var source = """
        import CoursePlot
        #if canImport(Glibc)
        import Glibc
        #endif
        // Line-buffered stdout: a block that traps still delivers what earlier blocks printed.
        setvbuf(stdout, nil, _IOLBF, 0)

        """
        let quotedFile = lessonFile.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        for (index, block) in blocks.enumerated() {
            if index > 0 { source += "#sourceLocation()\n" }
            source += "print(\"\\u{1}course-block-\(index)\\u{1}\")\n"
            source += "#sourceLocation(file: \"\(quotedFile)\", line: \(block.fenceLine + 1))\n"
            source += block.code
            if !block.code.hasSuffix("\n") { source += "\n" }
        }
        if !blocks.isEmpty { source += "#sourceLocation()\n" }
        self.source = source
    }

    /// Splits the program's stdout into one string per block (blocks that never ran get nil).
    static func split(_ stdout: String, blockCount: Int) -> [String?] {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
        if stdout.hasSuffix("\n") { lines.removeLast() }
        var outputs = [[Substring]?](repeating: nil, count: blockCount)
        var current: Int?
        for line in lines {
            if line.hasPrefix("\u{1}course-block-"), line.hasSuffix("\u{1}"),
               let index = Int(line.dropFirst("\u{1}course-block-".count).dropLast()), index < blockCount {
                current = index
                outputs[index] = []
            } else if let current {
                outputs[current]!.append(line)
            }
        }
        return outputs.map { lines in lines.map { $0.isEmpty ? "" : $0.joined(separator: "\n") + "\n" } }
    }
}
