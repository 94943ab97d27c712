/// Where runnable lesson code finds its compiler cache and the CoursePlot sources.
public struct LiveCodeSettings: Sendable, Hashable {
    /// Cached block outputs and built libraries go here.
    public var cacheDirectory: String
    /// The `.swift` files of CoursePlot, linked into every lesson program.
    public var coursePlotSources: String
    /// Wall-clock seconds one lesson's program may run.
    public var timeoutSeconds: Double

    /// Creates settings.
    public init(cacheDirectory: String, coursePlotSources: String, timeoutSeconds: Double = 20) {
        self.cacheDirectory = cacheDirectory
        self.coursePlotSources = coursePlotSources
        self.timeoutSeconds = timeoutSeconds
    }
}
