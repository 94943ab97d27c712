/// How strictly untrusted code (a learner's answer, a lesson's code blocks) must be isolated:
/// the `--isolation` option of every command that runs such code.
public enum IsolationMode: String, Sendable, CaseIterable {
    /// Isolate with bubblewrap when it works here; otherwise run anyway and say so once.
    case auto
    /// Refuse to run without isolation (instructors, CI, courses that accept contributions).
    case required
    /// Never isolate (debugging).
    case off

    /// What this mode means on a machine where isolation is `availability`. Taking the
    /// availability as an argument lets tests decide for a machine without bubblewrap; it is
    /// not evaluated in mode `off`, so turning isolation off starts no probe.
    public func decision(given availability: @autoclosure () -> Isolation.Availability) -> IsolationDecision {
        guard self != .off else { return .runDirectly(unavailable: nil) }
        switch availability() {
        case .available:
            return .isolate
        case .unavailable(let why):
            return self == .required ? .refuse(why) : .runDirectly(unavailable: why)
        }
    }
}

/// Whether to isolate a run, from ``IsolationMode/decision(given:)``.
public enum IsolationDecision: Sendable, Equatable {
    /// Run under bubblewrap.
    case isolate
    /// Run without isolation. `unavailable` is why isolation could not be had (mode `auto`:
    /// the caller warns), nil when it was turned off on purpose.
    case runDirectly(unavailable: String?)
    /// Do not run: isolation is required and unavailable, for this reason.
    case refuse(String)
}
