import Sandbox

/// Where runnable lesson code finds its compiler cache and the CoursePlot sources, and how
/// strictly it is isolated.
public struct LiveCodeSettings: Sendable {
    /// Cached block outputs and built libraries go here.
    public var cacheDirectory: String
    /// The `.swift` files of CoursePlot, linked into every lesson program.
    public var coursePlotSources: String
    /// Wall-clock seconds one lesson's program may run.
    public var timeoutSeconds: Double
    /// Whether lesson programs must run under bubblewrap (`--isolation`).
    public var isolation: IsolationMode
    /// Folders lesson code must not see even where the system folders are visible (the course
    /// checkout); the cache is always hidden.
    public var hiddenPaths: [String]
    /// Receives the one warning of a build whose lesson code runs without isolation although
    /// it was meant to (mode `auto` on a machine without namespaces); the library prints nothing.
    public var warn: @Sendable (String) -> Void

    /// Creates settings.
    public init(cacheDirectory: String, coursePlotSources: String, timeoutSeconds: Double = 20,
                isolation: IsolationMode = .auto, hiddenPaths: [String] = [],
                warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.cacheDirectory = cacheDirectory
        self.coursePlotSources = coursePlotSources
        self.timeoutSeconds = timeoutSeconds
        self.isolation = isolation
        self.hiddenPaths = hiddenPaths
        self.warn = warn
    }

    /// Whether lesson code will run isolated, and the warning to show once when it will not
    /// although it was meant to. Commands call it before building in mode `required`, to
    /// refuse at once; the runner calls it at the first program it runs, so a build served
    /// from the cache probes nothing.
    ///
    /// - Throws: ``LiveCodeIsolationError`` in mode `required` when isolation is unavailable.
    public func isolationStatus(availability: @autoclosure () -> Isolation.Availability = Isolation.availability)
        throws(LiveCodeIsolationError) -> (isolated: Bool, warning: String?) {
        switch isolation.decision(given: availability()) {
        case .isolate:
            return (true, nil)
        case .runDirectly(unavailable: nil):
            return (false, nil)
        case .runDirectly(unavailable: let why?):
            return (false, "warning: lesson code runs NOT isolated: \(why). Its code blocks can read and write your files; build lessons you did not write only with '--isolation required'.")
        case .refuse(let why):
            throw LiveCodeIsolationError(reason: why)
        }
    }
}

/// `--isolation required`, and isolation is not available here.
public struct LiveCodeIsolationError: Error, Sendable, CustomStringConvertible {
    /// Why isolation is unavailable.
    public let reason: String

    /// The message without its `error: ` prefix, for a diagnostic at a lesson's first block.
    public var message: String {
        "refusing to run lesson code without isolation (--isolation required): \(reason)"
    }

    public var description: String { "error: " + message }
}
