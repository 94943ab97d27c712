import ArgumentParser
import Foundation
import Gradebook
import Grader
import Sandbox

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// `course gradebook SUBMISSIONS --out gradebook.csv`: grade a whole class (instructors).
///
/// Wiring only: the Gradebook module plans, collects, merges and renders; this reads the
/// command line, runs the grader, writes the outputs and maps problems to exit statuses.
struct GradebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradebook",
        abstract: "Grade a whole class into a CSV gradebook (for instructors).",
        discussion: """
        SUBMISSIONS holds one folder per learner with the Exercises/ tree of a learner edition \
        (SUBMISSIONS/alice/Exercises/rotary-idea/rotate-pair.swift). Everyone is graded with the public \
        and hidden checks, isolated, in parallel; the run writes the CSV, one JSON report per learner \
        (as 'course grade --json') and a summary. Run it again after an interruption or a change: \
        learners whose report is up to date are not graded again.
        Sharded: 'course gradebook SUBMISSIONS --shard K/N --out part-K.json' for K = 1…N (anywhere), \
        then 'course gradebook --merge part-*.json --out gradebook.csv'. See INSTRUCTORS.md.
        Exit status: 0 written; 64 bad command line; 65 bad roster, submissions folder, parts or course; \
        66 an input does not exist; 70 the grader could not run; 73 an output could not be written.
        """
    )

    @OptionGroup var options: LessonsOptions

    @Argument(help: ArgumentHelp("The submissions folder (one folder per learner); with --merge, the parts.", valueName: "submissions"))
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("The gradebook CSV to write; with --shard, the part (JSON) to merge later.", valueName: "file"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("A CSV file with the header row folder,id,name naming each learner's folder.", valueName: "file"))
    var roster: String?

    @Option(name: .long, help: ArgumentHelp("The folder for one JSON report per learner (default: beside --out, NAME-reports).", valueName: "dir"))
    var reports: String?

    @Option(name: .long, help: ArgumentHelp("Grade only share K of N of the learners (sorted folders, position mod N) into a part.", valueName: "k/n"))
    var shard: Shard?

    @Flag(name: .long, help: "Merge the parts of a sharded run, given as arguments, into the gradebook.")
    var merge = false

    @Option(name: .long, help: ArgumentHelp(
        "Sandbox learner code with bubblewrap: 'required' (default: refuse without it), 'auto' (warn and go on without), 'off'.",
        valueName: "mode"))
    var isolation: IsolationMode = .required

    @Option(name: .long, help: ArgumentHelp(
        "How many exercises are graded at once (default: the CPUs this process may run on; under a CPU quota, give the quota).",
        valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("'--jobs' must be at least 1") }
        if merge {
            guard !inputs.isEmpty else {
                throw ValidationError("'--merge' needs the parts: course gradebook --merge part-1.json part-2.json --out gradebook.csv")
            }
            guard shard == nil, roster == nil else {
                throw ValidationError("'--merge' takes no '--shard' or '--roster': the parts carry what they were graded with")
            }
        } else if inputs.count != 1 {
            throw ValidationError("give one submissions folder (one folder per learner), or '--merge' and the parts")
        }
    }

    func run() throws {
        let names = OutputNames(out: out, reports: reports)
        if merge {
            let merged = try Self.checked { () throws(GradebookError) in
                var parts: [(path: String, part: GradebookPart)] = []
                for path in inputs {
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw .missingInput(path: path, message: "no such part; give the files written by 'course gradebook --shard K/N --out FILE'")
                    }
                    parts.append((path, try GradebookPart.parse(data, path: path)))
                }
                return try PartMerger.merge(parts)
            }
            for note in merged.gradebook.context.notes { Console.error(note) }
            try Self.checked { () throws(GradebookError) in
                let store = ReportStore(directory: names.reports)
                for report in merged.reports { try store.write(report.text, of: report.folder) }
            }
            try Self.writeGradebook(merged.gradebook, names: names)
            Console.error("gradebook: merged \(inputs.count) parts, \(merged.reports.count) learners")
            return
        }
        let run = try GradebookRun(lessons: options, submissions: inputs[0], roster: roster, names: names,
                                   shard: shard ?? .whole, isolation: isolation, parallelism: jobs ?? Grader.availableCPUs)
        let outcome = try run.grade()
        if let shard {
            let part = GradebookPart(shard: shard, context: outcome.context,
                                     learners: outcome.reports.map { .init(folder: $0.record.learner.folder, report: $0.text) })
            try Self.checked { () throws(GradebookError) in try OutputFile.write(part.rendered(), to: names.out) }
        } else {
            try Self.writeGradebook(Gradebook(context: outcome.context, records: outcome.reports.map(\.record)), names: names)
        }
        Console.error(outcome.tally)
    }

    /// Writes the CSV and the summary, and prints the summary.
    static func writeGradebook(_ gradebook: Gradebook, names: OutputNames) throws {
        let summary = GradebookSummary.render(gradebook)
        try checked { () throws(GradebookError) in
            try OutputFile.write(GradebookCSV.render(gradebook), to: names.out)
            try OutputFile.write(summary, to: names.summary)
        }
        Console.out(summary)
    }

    /// Runs `body`; a ``GradebookError`` is printed as one line and becomes its exit status.
    static func checked<T>(_ body: () throws(GradebookError) -> T) throws -> T {
        do throws(GradebookError) {
            return try body()
        } catch {
            Console.error(error.description)
            switch error {
            case .missingInput: throw ExitStatus.noInput
            case .cannotWrite: throw ExitStatus.cannotCreate
            case .roster, .submissions, .parts: throw ExitStatus.courseError
            }
        }
    }
}
