/// Realistic Swift snippets of the kind lessons contain. Shared by the round-trip tests and,
/// through a symlink, by the private swift-syntax oracle, so it imports nothing.
enum SwiftCorpus {
    static let snippets: [(name: String, source: String)] = [
        ("schedule", #"""
        /// The learning rate at `step`: a linear warm-up, then a cosine decay to a tenth of the peak.
        /// - Parameters:
        ///   - step: The optimiser's step, counted from 0.
        ///   - warmup: How many steps the warm-up lasts.
        func learningRate(at step: Int, warmup: Int = 2_000, total: Double = 10_000.0, peak: Double = 3e-4) -> Double {
            precondition(Double(warmup) < total, "warm-up must end before training does, got \(warmup) of \(total)")
            guard step >= warmup else { return peak * Double(step + 1) / Double(warmup) }
            let progress = min((Double(step) - Double(warmup)) / (total - Double(warmup)), 1.0)
            let (floor, span) = (peak / 10, peak - peak / 10)
            var rate = floor
            for phase in [progress] where phase < 1 {
                rate += span * (1 + cos(Double.pi * phase)) / 2
            }
            return rate
        }
        """#),
        ("generic-struct", #"""
        public struct Matrix<Element: Numeric & Sendable>: Equatable, Sendable {
            public let rows: Int, columns: Int
            private(set) var storage: [Element]

            public init(rows: Int, columns: Int, repeating value: Element = .zero) {
                self.rows = rows
                self.columns = columns
                self.storage = Array(repeating: value, count: rows * columns)
            }

            public subscript(row: Int, column: Int) -> Element {
                get { storage[row * columns + column] }
                set { storage[row * columns + column] = newValue }
            }

            static func * (lhs: Self, rhs: Self) -> Self where Element: FloatingPoint {
                var product = Self(rows: lhs.rows, columns: rhs.columns)
                for i in 0..<lhs.rows { for j in 0..<rhs.columns {
                    product[i, j] = (0..<lhs.columns).reduce(.zero) { $0 + lhs[i, $1] * rhs[$1, j] }
                } }
                return product
            }
        }
        """#),
        ("interpolation", #"""
        let name = "Ada"
        let scores = ["math": 98, "physics": 91]
        print("Hello, \(name)! You scored \(scores["math", default: 0]) in \("math".uppercased()).")
        let nested = "outer \("inner \("innermost \(1 + (2 * 3))") done") end"
        let escaped = "Tab:\t quote:\" backslash:\\ unicode:\u{1F600} \(name.count)"
        """#),
        ("raw-strings", ##"""
        let regexSource = #"\d+\.\d+"#
        let quoted = #"She said "hi" and left"#
        let interpolatedRaw = #"Value: \#(42), not \(this)"#
        let doubleHash = ##"Contains "# inside"##
        let multiline = #"""
            Raw multi-line with \n kept literally
            and an interpolation \#(1 + 2)
            """#
        """##),
        ("multiline-string", #"""
        let poem = """
            Roses are red,
              "Violets" are blue,
            Swift has \(count) strings \
            and so do you.
            """
        let empty = ""
        let one = "\""
        """#),
        ("comments", #"""
        // A line comment with "quotes" and \(no interpolation)
        /* A block comment
           /* with a nested block */
           still inside the outer one */
        let x = 1 /* inline */ + 2 // trailing
        /** Doc block comment. */
        /// Doc line comment.
        func documented() {}
        let ratio = 4 /*denominator*/ / 2
        """#),
        ("attributes", #"""
        @main
        struct App {
            @MainActor static var counter = 0
            @inlinable public static func run(_ work: @escaping @Sendable () async throws -> Void) async rethrows {
                try await work()
            }
            @available(macOS 13, *)
            @discardableResult
            func compute() -> Int { 42 }
        }
        """#),
        ("closures", #"""
        let numbers = [5, 3, 8, 1]
        let sorted = numbers.sorted { $0 < $1 }
        let doubled = numbers.map { $0 * 2 }.filter { $0 > 4 }
        let total = numbers.reduce(0, +)
        let labelled = numbers.enumerated().map { (index, value) in "\(index): \(value)" }
        let lazySquares = numbers.lazy.map { [weak self] n -> Int in n * n }
        """#),
        ("conditional-compilation", #"""
        #if os(Linux)
        import Glibc
        #elseif canImport(Darwin)
        import Darwin
        #else
        #warning("Unsupported platform")
        #endif

        func location() -> String {
            "\(#file):\(#line) in \(#function), \(#fileID)"
        }
        if #available(macOS 14, *) {
            print("new APIs")
        }
        """#),
        ("numbers", #"""
        let decimal = 1_000_000
        let hex = 0xFF_EC_DE
        let binary = 0b1010_1010
        let octal = 0o755
        let small = 1e-9
        let large = 6.022_140_76e+23
        let hexFloat = 0x1p-3
        let hexFraction = 0x1.8p1
        let negative = -42.5
        let tuple = (1, (2, 3))
        let inner = tuple.1.0
        let range = 1...10
        let halfOpen = 0..<10
        """#),
        ("protocols-and-concurrency", #"""
        protocol Shape: Sendable {
            associatedtype Measure: BinaryFloatingPoint
            var area: Measure { get }
            mutating func scale(by factor: Measure)
        }

        actor Accumulator {
            private var values: [Double] = []
            nonisolated let id = UUID()
            func add(_ value: Double) { values.append(value) }
            var mean: Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        }

        func describe(_ shape: some Shape, others: [any Shape]) async -> String {
            let accumulator = Accumulator()
            await accumulator.add(Double(shape.area))
            return await accumulator.mean.map { "\($0)" } ?? "none"
        }
        """#),
        ("enums-and-switch", #"""
        indirect enum Expression: CustomStringConvertible {
            case number(Double)
            case add(Expression, Expression)
            case negate(Expression)

            var description: String {
                switch self {
                case .number(let value): return "\(value)"
                case let .add(lhs, rhs): return "(\(lhs) + \(rhs))"
                case .negate(let inner): return "-\(inner)"
                }
            }
        }

        func classify(_ flag: Bool?) -> String {
            switch flag {
            case true?: "yes"
            case false?: "no"
            case nil: "unknown"
            }
        }
        let level: Level = .default
        """#),
        ("errors-and-optionals", #"""
        enum ParseError: Error { case empty, invalid(String) }

        func parse(_ text: String?) throws(ParseError) -> Int {
            guard let text, !text.isEmpty else { throw .empty }
            guard let value = Int(text) else { throw .invalid(text) }
            return value
        }

        do {
            let value = try parse("42")
            let maybe = try? parse(nil)
            let forced = try! parse("7")
            print(value, maybe ?? -1, forced, maybe!.description, maybe?.description as Any)
        } catch let error as ParseError {
            print("Failed: \(error)")
        } catch {
            fatalError("unexpected \(error)")
        }
        """#),
        ("swift-testing", #"""
        import Testing
        @testable import Tensor

        @Suite("Softmax")
        struct SoftmaxTests {
            @Test(arguments: [[1.0, 2.0, 3.0], [0.0, 0.0]])
            func sumsToOne(_ logits: [Double]) throws {
                let probabilities = softmax(logits)
                #expect(abs(probabilities.reduce(0, +) - 1) < 1e-12)
                let first = try #require(probabilities.first)
                #expect(first > 0, "probabilities are positive")
            }
        }
        """#),
        ("labels-and-keywords-as-names", #"""
        extension Collection where Element: Equatable {
            func firstIndex(in range: Range<Index>, of element: Element) -> Index? {
                self[range].firstIndex(of: element)
            }
        }
        let set = Set([1, 2, 3])
        let pairs = zip(set, set).map { (first: $0, second: $1) }
        let `class` = "reserved word as a name"
        var observed: Int = 0 {
            willSet { print("about to set \(newValue)") }
            didSet(previous) { print("was \(previous)") }
        }
        lazy var cache: [String: Int] = [:]
        let opt: Int?? = .some(.none)
        """#),
        ("unicode-and-operators", #"""
        let π = 3.141_59
        let café = "naïve résumé"
        let 🐶 = "dog"
        let Ω = 2 * π
        infix operator ±: AdditionPrecedence
        func ± (lhs: Double, rhs: Double) -> (Double, Double) { (lhs - rhs, lhs + rhs) }
        let bounds = 10 ± 0.5
        var flags: UInt8 = 0b1
        flags &+= 1; flags <<= 2; flags |= ~flags & 0x0F
        let keyPath = \String.count
        let isSmall = flags != 0 && flags <= 3 || !(flags >= 8)
        """#),
    ]
}
