/// How long the rest of a run will take, from how long the finished jobs took: the time
/// so far divided by the jobs done, times the jobs left. Jobs answered from the results
/// cache take no time, so they are left out of both counts.
public struct GradingETA: Sendable, Hashable {
    /// Jobs of the run.
    public var total: Int

    /// Creates an estimator for `total` jobs.
    public init(total: Int) {
        self.total = total
    }

    /// Seconds left after `elapsed` seconds with `done` jobs finished, `cached` of them from
    /// the cache; nil until a job has really been graded.
    public func secondsLeft(elapsed: Double, done: Int, cached: Int) -> Double? {
        let graded = done - cached
        guard graded > 0, elapsed > 0 else { return nil }
        return elapsed / Double(graded) * Double(max(0, total - done))
    }

    /// `m:ss` (or `h:mm:ss`).
    public static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
