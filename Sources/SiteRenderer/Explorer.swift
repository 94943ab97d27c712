import Foundation
import Yams

/// An interactive explorer placed with a fenced block, ```` ```explorer rope ````, whose body is
/// YAML parameters. The page gets a container the site script fills in (sliders, a drawing,
/// numbers); without JavaScript, and in print, the container stays hidden and the lesson's
/// static figures tell the story.
///
/// Every parameter is declared here with its type, default and range, so an author's typo or
/// an out-of-range value is an error at its line, never a broken widget on the page.
struct Explorer: Equatable {
    /// What kind of value a parameter takes.
    enum Kind: Equatable {
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        case boolean
    }

    /// One parameter an explorer accepts.
    struct Parameter: Equatable {
        let name: String
        let kind: Kind
        let defaultValue: String
        let help: String
    }

    let name: String
    /// Parameter values as JSON literals, by name, every parameter present (defaults filled in).
    let values: [(String, String)]

    static func == (lhs: Explorer, rhs: Explorer) -> Bool {
        lhs.name == rhs.name && lhs.values.map { "\($0.0)=\($0.1)" } == rhs.values.map { "\($0.0)=\($0.1)" }
    }

    /// The explorers the site script knows, with their parameters.
    static let catalogue: [String: [Parameter]] = [
        // Two rotated query/key pairs and their score as positions move (lesson 05).
        "rope": [
            Parameter(name: "dimension", kind: .integer(2...1024), defaultValue: "64", help: "the head dimension d (even)"),
            Parameter(name: "base", kind: .number(2...10_000_000), defaultValue: "10000", help: "the frequency base"),
            Parameter(name: "pair", kind: .integer(0...511), defaultValue: "0", help: "the pair index i shown first (0-based)"),
            Parameter(name: "m", kind: .integer(0...100_000), defaultValue: "3", help: "the query's position"),
            Parameter(name: "n", kind: .integer(0...100_000), defaultValue: "7", help: "the key's position"),
        ],
        // A position slider over the sinusoid table with each pair's angle (lesson 03).
        "sinusoid": [
            Parameter(name: "dimension", kind: .integer(2...1024), defaultValue: "64", help: "the model dimension d (even)"),
            Parameter(name: "positions", kind: .integer(2...4096), defaultValue: "64", help: "how many positions the slider spans"),
            Parameter(name: "base", kind: .number(2...10_000_000), defaultValue: "10000", help: "the frequency base"),
            Parameter(name: "position", kind: .integer(0...4095), defaultValue: "10", help: "the position shown first"),
        ],
        // Relative position → T5 bucket, with the bucket edges (lesson 04).
        "t5-buckets": [
            Parameter(name: "buckets", kind: .integer(2...1024), defaultValue: "32", help: "num_buckets"),
            Parameter(name: "max_distance", kind: .integer(1...100_000), defaultValue: "128", help: "max_distance"),
            Parameter(name: "bidirectional", kind: .boolean, defaultValue: "true", help: "encoder (true) or causal decoder (false)"),
            Parameter(name: "relative_position", kind: .integer(-100_000...100_000), defaultValue: "-10", help: "the relative position shown first (key − query)"),
        ],
    ]

    /// Parses a block's info string rest (`rope`) and YAML body. `line` is the first line of the
    /// YAML in the file; problems come back as (line offset in the YAML, message).
    static func parse(name rawName: String, yaml: String) -> Result<Explorer, Problem> {
        let name = rawName.trimmingCharacters(in: .whitespaces)
        guard let parameters = catalogue[name] else {
            let known = catalogue.keys.sorted().joined(separator: ", ")
            return .failure(Problem(line: nil, message: name.isEmpty
                ? "an explorer block names its explorer after 'explorer' (```explorer rope); the explorers are \(known)"
                : "there is no explorer '\(name)'; the explorers are \(known)"))
        }
        var given: [String: (value: String, line: Int)] = [:]
        if !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let node: Node?
            do {
                node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
            } catch let error as YamlError {
                if case .scanner(_, _, let mark, _) = error { return .failure(Problem(line: mark.line - 1, message: "malformed YAML: \(error)")) }
                return .failure(Problem(line: 0, message: "malformed YAML: \(error)"))
            } catch {
                return .failure(Problem(line: 0, message: "malformed YAML: \(error)"))
            }
            guard let mapping = node?.mapping else {
                return .failure(Problem(line: 0, message: "an explorer's parameters are 'name: value' lines"))
            }
            for (key, value) in mapping {
                let line = (key.mark?.line ?? 1) - 1
                guard let keyText = key.scalar?.string, let valueText = value.scalar?.string else {
                    return .failure(Problem(line: line, message: "an explorer's parameters are 'name: value' lines, with one value each"))
                }
                guard parameters.contains(where: { $0.name == keyText }) else {
                    let known = parameters.map(\.name).joined(separator: ", ")
                    return .failure(Problem(line: line, message: "the '\(name)' explorer has no parameter '\(keyText)'; it takes \(known)"))
                }
                given[keyText] = (valueText, line)
            }
        }
        var values: [(String, String)] = []
        for parameter in parameters {
            let (text, line): (String, Int?) = given[parameter.name].map { ($0.value, $0.line) } ?? (parameter.defaultValue, nil)
            switch parameter.kind {
            case .integer(let range):
                guard let value = Int(text), range.contains(value) else {
                    return .failure(Problem(line: line, message: "'\(parameter.name)' (\(parameter.help)) must be a whole number from \(range.lowerBound) to \(range.upperBound); it is '\(text)'"))
                }
                values.append((parameter.name, String(value)))
            case .number(let range):
                guard let value = Double(text), value.isFinite, range.contains(value) else {
                    return .failure(Problem(line: line, message: "'\(parameter.name)' (\(parameter.help)) must be a number from \(range.lowerBound) to \(range.upperBound); it is '\(text)'"))
                }
                // Written as parsed, so the JSON is valid whatever the author wrote (`5.`, `+5`, `0x10`).
                values.append((parameter.name, value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)))
            case .boolean:
                guard text == "true" || text == "false" else {
                    return .failure(Problem(line: line, message: "'\(parameter.name)' (\(parameter.help)) must be true or false; it is '\(text)'"))
                }
                values.append((parameter.name, text))
            }
        }
        let number = { (key: String) in values.first { $0.0 == key }.flatMap { Int($0.1) } ?? 0 }
        if name == "rope" || name == "sinusoid", !number("dimension").isMultiple(of: 2) {
            return .failure(Problem(line: given["dimension"]?.line, message: "'dimension' must be even: coordinates rotate in pairs"))
        }
        if name == "rope", number("pair") >= number("dimension") / 2 {
            return .failure(Problem(line: given["pair"]?.line, message: "'pair' must be below dimension / 2 = \(number("dimension") / 2)"))
        }
        // T5's formula divides by log(max_distance / max_exact) and needs max_exact ≥ 1 and
        // log buckets to spread: reject what it cannot compute rather than draw nonsense.
        if name == "t5-buckets" {
            let bidirectional = values.first { $0.0 == "bidirectional" }?.1 == "true"
            let buckets = number("buckets") / (bidirectional ? 2 : 1)
            let maxExact = buckets / 2
            if maxExact < 1 || buckets - maxExact < 1 {
                return .failure(Problem(line: given["buckets"]?.line, message: "'buckets' is too small: \(bidirectional ? "bidirectional T5 halves it per direction and " : "")the formula needs at least 2 buckets for exact distances and 1 for logarithmic ones (try 32)"))
            }
            if number("max_distance") <= maxExact {
                return .failure(Problem(line: given["max_distance"]?.line, message: "'max_distance' must exceed the exact range (\(maxExact) with these buckets), or the logarithmic buckets have no room (T5 uses 128)"))
            }
        }
        if name == "sinusoid", number("position") >= number("positions") {
            return .failure(Problem(line: given["position"]?.line, message: "'position' must be below 'positions' (\(number("positions")))"))
        }
        return .success(Explorer(name: name, values: values))
    }

    /// Why a block could not become an explorer: the 0-based line within its YAML (nil for the
    /// fence's own line), and words.
    struct Problem: Error, Equatable {
        let line: Int?
        let message: String
    }

    /// The parameters as one JSON object, keys in catalogue order.
    var json: String {
        "{" + values.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// The container the site script turns into the explorer; hidden until it does.
    var html: String {
        "<div class=\"explorer\" data-explorer=\"\(HTML.escape(name))\" data-parameters=\"\(HTML.escape(json))\" hidden></div>\n"
    }
}
