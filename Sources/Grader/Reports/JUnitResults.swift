/// `course grade --junit FILE`: JUnit XML, one test suite per exercise, one case per check.
///
/// An exercise whose checks never ran has one error case saying why (the compiler's
/// errors, say), and its checks, when known, as skipped cases.
public enum JUnitResults {
    /// The XML document for `results`.
    public static func render(_ results: [ExerciseResult]) -> String {
        let cases = results.map { $0.checks.count + ($0.checksRan ? 0 : 1) }.reduce(0, +)
        let failures = results.filter(\.checksRan).flatMap(\.checks).filter { !$0.passed }.count
        let errors = results.filter { !$0.checksRan && $0.outcome != .passed }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"course\" tests=\"\(cases)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for result in results {
            let suiteFailures = result.checksRan ? result.checks.filter { !$0.passed }.count : 0
            let suiteErrors = !result.checksRan && result.outcome != .passed ? 1 : 0
            let suiteCases = result.checks.count + (result.checksRan ? 0 : 1)
            xml += "  <testsuite name=\"\(escape(result.exerciseID))\" tests=\"\(suiteCases)\" failures=\"\(suiteFailures)\" errors=\"\(suiteErrors)\">\n"
            let className = escape(result.exerciseID.replacingOccurrences(of: "/", with: "."))
            if !result.checksRan {
                xml += "    <testcase classname=\"\(className)\" name=\"\(escape(result.outcome.label))\">\n"
                if result.outcome != .passed {
                    let body = ([result.summary] + result.details).joined(separator: "\n")
                    xml += "      <error message=\"\(escape(result.summary))\" type=\"\(escape(result.outcome.label))\">\(escape(body))</error>\n"
                }
                xml += "    </testcase>\n"
            }
            for check in result.checks {
                xml += "    <testcase classname=\"\(className)\" name=\"\(escape(check.name))\">\n"
                if !result.checksRan {
                    xml += "      <skipped message=\"\(escape(check.failure?.message ?? "not run"))\"/>\n"
                } else if let failure = check.failure {
                    let body = TerminalReport.failureLines(failure, hint: check.hint).joined(separator: "\n")
                    xml += "      <failure message=\"\(escape(failure.message))\" type=\"check\">\(escape(body))</failure>\n"
                }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\n", "\t", "\r": escaped.unicodeScalars.append(scalar)
            // XML 1.0 cannot carry other control characters at all, even escaped.
            case _ where scalar.value < 0x20: escaped += "?"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
