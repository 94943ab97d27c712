/// One named, scored check of an exercise.
///
/// Either a body of `expect…` calls run once, or a property checked on many random cases:
///
/// ```swift
/// let checks: [Check] = [
///     Check("a quarter turn takes (1, 0) to (0, 1)", points: 1, hint: "Multiply by the rotation matrix.") {
///         expectClose(rotatePair([1, 0], by: .pi / 2), [0, 1], tolerance: .absolute(1e-12),
///                     call: "rotatePair([1, 0], by: .pi / 2)")
///     },
///     Check.property("rotation keeps the norm", points: 2, cases: 200) { random in
///         let x = random.doubles(count: 2, in: -10...10)
///         expectClose(norm(rotatePair(x, by: 1)), norm(x), tolerance: .relative(1e-12),
///                     call: "norm(rotatePair(\(x), by: 1))")
///     },
/// ]
/// ```
///
/// A check passes when its body records no failed expectation and throws nothing; it then
/// earns all its points, otherwise none. After a failed expectation the body keeps
/// running (expectations do not throw), but only the first failure is reported in full;
/// the rest are counted. Guard code that would trap after a failure, e.g. check an
/// array's count before indexing it. Names must be unique within the list; each is
/// what the learner sees and what the grader matches results by.
public struct Check: Sendable {
    /// Who may see a check's details.
    ///
    /// Both kinds count toward the score and show their name and result.
    public enum Visibility: String, Sendable {
        /// The learner sees the hint and the failure in full.
        ///
        /// The default.
        case visible
        /// The learner sees only the name and whether it passed; the hint and failure are withheld.
        ///
        /// For checks whose details would give the answer away.
        case hidden
    }

    /// What a check runs.
    enum Body: Sendable {
        /// A plain check: the body runs once.
        case single(@Sendable () throws -> Void)
        /// A property check: the body runs on `cases` generators derived from `seed`.
        case property(cases: Int, seed: UInt64, body: @Sendable (inout SeededRandom) throws -> Void)
    }

    /// The check's name as learners see it; unique within a checks file.
    ///
    /// Write it as a statement of what correct code does: "rotation keeps the norm".
    public let name: String
    /// The points a passing check earns; must not be negative.
    ///
    /// A negative value is reported as a failed check worth 0 points.
    public let points: Int
    /// A nudge shown to learners whose code fails the check; `nil` for none.
    ///
    /// Withheld for hidden checks.
    public let hint: String?
    /// Whether learners see the check's details.
    ///
    /// See `Visibility`.
    public let visibility: Visibility
    /// What the check runs.
    let body: Body

    /// Creates a check that runs `body` once.
    ///
    /// `body` calls the learner's code and states what must hold with `expectEqual`,
    /// `expectClose` and `expectTrue`; a thrown error fails the check too.
    public init(
        _ name: String,
        points: Int = 1,
        hint: String? = nil,
        visibility: Visibility = .visible,
        _ body: @escaping @Sendable () throws -> Void
    ) {
        self.init(name: name, points: points, hint: hint, visibility: visibility, body: .single(body))
    }

    /// Creates the check in full.
    private init(name: String, points: Int, hint: String?, visibility: Visibility, body: Body) {
        self.name = name
        self.points = points
        self.hint = hint
        self.visibility = visibility
        self.body = body
    }

    /// Creates a property check, whose body runs on `cases` random cases until one fails.
    ///
    /// Each case gets its own `SeededRandom`: case `i` gets `SeededRandom(seed: s)` where
    /// `s` is the `i`-th output (from 0) of `SeededRandom(seed: seed)`. Without `seed`, the
    /// seed is the 64-bit FNV-1a hash of the check's UTF-8 name, so every run draws the same cases and
    /// renaming a check draws new ones. The first failing case stops the check; its failure
    /// carries the seed and the case index, and passing that seed as `seed:` reproduces
    /// it. `cases` must be at least 1.
    public static func property(
        _ name: String,
        points: Int = 1,
        cases: Int = 100,
        seed: UInt64? = nil,
        hint: String? = nil,
        visibility: Visibility = .visible,
        _ body: @escaping @Sendable (inout SeededRandom) throws -> Void
    ) -> Check {
        Check(
            name: name, points: points, hint: hint, visibility: visibility,
            body: .property(cases: cases, seed: seed ?? defaultSeed(for: name), body: body)
        )
    }

    /// How many cases a property check runs; `nil` for a plain check.
    ///
    /// As given to `property(…)`, before validation.
    public var cases: Int? {
        if case .property(let cases, _, _) = body { return cases }
        return nil
    }

    /// The seed a property check draws its cases from; `nil` for a plain check.
    ///
    /// The one given to `property(…)`, or the default derived from the name.
    public var seed: UInt64? {
        if case .property(_, let seed, _) = body { return seed }
        return nil
    }

    /// The default property seed for a check called `name`: 64-bit FNV-1a of its UTF-8 bytes.
    ///
    /// Stable across runs, machines and Swift versions.
    public static func defaultSeed(for name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The same check with its details withheld from learners.
    var asHidden: Check {
        Check(name: name, points: points, hint: hint, visibility: .hidden, body: body)
    }

    /// Why this check cannot run as written, or `nil` if it can.
    var authoringProblem: String? {
        var problems: [String] = []
        if name.isEmpty { problems.append("the name is empty") }
        if points < 0 { problems.append("points must be ≥ 0, not \(points)") }
        if let cases, cases < 1 { problems.append("cases must be ≥ 1, not \(cases)") }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }
}
