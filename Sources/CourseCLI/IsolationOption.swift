import ArgumentParser
import Sandbox

extension IsolationMode: ExpressibleByArgument {}

/// `--isolation auto|required|off`, shared by the commands that run learner or lesson code.
struct IsolationOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Sandbox learner and lesson code with bubblewrap: 'auto' (when available, else warn), 'required' (refuse without it; for instructors and CI), 'off' (debugging).",
        valueName: "mode"))
    var isolation: IsolationMode = .auto
}
