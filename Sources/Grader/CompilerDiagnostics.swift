import Sandbox

/// Turns a failed compile into a learner-facing result: errors in the learner's file first,
/// with paths as the learner knows them, and a plain-words summary when only the checks
/// failed to compile (usually a renamed function or a changed signature).
enum CompilerDiagnostics {
    static func describe(_ compile: SandboxResult, result: ExerciseResult, learnerPath: String, checksPath: String,
                         absolute: (String) -> String) -> ExerciseResult {
        var result = result
        result.outcome = .compileError
        let output = String(decoding: compile.stderr + compile.stdout, as: UTF8.self)
        let learnerAbsolute = absolute(learnerPath), checksAbsolute = absolute(checksPath)
        var learnerErrors: [String] = [], checksErrors: [String] = [], otherErrors: [String] = []
        var current: [String]? = nil
        var bucket = 0
        func flush() {
            guard let block = current else { return }
            let text = block.joined(separator: "\n")
            switch bucket {
            case 0: learnerErrors.append(text)
            case 1: checksErrors.append(text)
            default: otherErrors.append(text)
            }
            current = nil
        }
        for rawLine in output.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            let isDiagnostic = line.contains(": error: ") || line.contains(": warning: ") || line.contains(": note: ")
            if isDiagnostic {
                flush()
                guard line.contains(": error: ") else { continue }
                bucket = line.hasPrefix(learnerAbsolute + ":") ? 0 : line.hasPrefix(checksAbsolute + ":") ? 1 : 2
                line = line.replacingOccurrences(of: learnerAbsolute, with: learnerPath)
                    .replacingOccurrences(of: checksAbsolute, with: checksPath)
                current = [line]
            } else if current != nil, !line.isEmpty, current!.count < 6 {
                // The compiler's source excerpt and caret lines under a diagnostic.
                current!.append("  " + line)
            }
        }
        flush()

        if !learnerErrors.isEmpty {
            result.summary = "Your code does not compile (\(learnerErrors.count) error\(learnerErrors.count == 1 ? "" : "s") in \(learnerPath))."
            result.details = Array(learnerErrors.prefix(5))
        } else if !checksErrors.isEmpty {
            result.summary = "The checks do not compile against your code. If you renamed a function or changed its signature, restore it exactly as the statement gives it."
            result.details = Array(checksErrors.prefix(3))
        } else if let first = otherErrors.first {
            result.summary = "The exercise does not build."
            result.details = [first]
        } else {
            result.summary = "The compiler failed (\(compile.ending))."
            result.details = Array(output.split(separator: "\n").suffix(10).map(String.init))
        }
        return result
    }
}
