/// Which share of a class one run grades: `K/N` takes the learners whose position in the
/// sorted class is K−1 modulo N, so N runs that each take one K cover everyone exactly once,
/// whatever machine each runs on.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// K, from 1.
    public let index: Int
    /// N, at least 1.
    public let count: Int

    /// Creates shard `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `K/N` (`3/8`); nil for anything else. Slurm's array task ids and Kubernetes'
    /// completion indexes are turned into K by the job script (see INSTRUCTORS.md).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        self.init(index: index, count: count)
    }

    /// The whole class in one run.
    public static let whole = Shard(index: 1, count: 1)!

    /// Whether the learner at `position` (0-based, in folder order) belongs to this shard.
    public func contains(position: Int) -> Bool {
        position % count == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}
