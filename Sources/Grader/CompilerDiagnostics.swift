import Sandbox

/// Turns a failed compile of the learner's program into a learner-facing result: errors in
/// the learner's file first, with paths as the learner knows them; errors in the generated
/// dispatcher mean a function no longer matches the statement, and say which declarations
/// the exercise expects.
enum CompilerDiagnostics {
    static func describe(_ compile: SandboxResult, result: ExerciseResult, learnerPath: String, generatedPath: String,
                         api: ExerciseAPI, absolute: (String) -> String) -> ExerciseResult {
        var result = result
        result.outcome = .compileError
        let output = String(decoding: compile.stderr + compile.stdout, as: UTF8.self)
        let learnerAbsolute = absolute(learnerPath)
        var learnerErrors: [String] = [], generatedErrors: [String] = [], otherErrors: [String] = []
        var current: [String]? = nil
        var bucket = 0
        func flush() {
            guard let block = current else { return }
            let text = block.joined(separator: "\n")
            switch bucket {
            case 0: learnerErrors.append(text)
            case 1: generatedErrors.append(text)
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
                bucket = line.hasPrefix(learnerAbsolute + ":") ? 0 : line.hasPrefix(generatedPath + ":") ? 1 : 2
                line = line.replacingOccurrences(of: learnerAbsolute, with: learnerPath)
                current = [line]
            } else if current != nil, !line.isEmpty, current!.count < 6, bucket != 1 {
                // The compiler's source excerpt and caret lines under a diagnostic.
                current!.append("  " + line)
            }
        }
        flush()

        if !learnerErrors.isEmpty {
            result.summary = "Your code does not compile (\(learnerErrors.count) error\(learnerErrors.count == 1 ? "" : "s") in \(learnerPath))."
            result.details = Array(learnerErrors.prefix(5))
        } else if !generatedErrors.isEmpty {
            result.summary = "Your functions no longer match the statement, so the checks cannot call them. Keep each declaration exactly as the statement gives it (name, labels, types); add helpers beside them if you like."
            result.details = api.functions.map { "expected: \($0.declaration)" }
                + generatedErrors.prefix(2).map { "compiler: " + ($0.components(separatedBy: ": error: ").last ?? $0) }
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
