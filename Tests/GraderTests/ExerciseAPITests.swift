import CourseTestSupport
import CourseWire
import Foundation
import Testing
@testable import Grader

/// Reading the functions an exercise declares from its starter, and the Swift generated
/// from them for both sides of the pipe.
@Suite struct ExerciseAPITests {
    @Test func signaturesWithLabelsDefaultsAndNestedArrays() throws {
        let api = try ExerciseAPI.parse("""
        import Foundation

        /// Doc comment with func inside: func fake(_ x: Int) -> Int
        func applyRoPE(_ x: [Double], position: Int, base: Double = 10000) -> [Double] {
            func nested(_ y: Int) -> Int { y }   // not part of the API
            let text = "func alsoFake() -> Int {"
            return x
        }

        private func helper(_ a: Int) -> Int { a }

        func relativePositionBucket(_ relativePosition: Int, bidirectional: Bool,
                                    numBuckets: Int = 32, maxDistance: Int = 128) -> Int {
            0
        }
        public func table(rows: [[Double]], names names: [String?]) -> [[Double]] { rows }
        """)
        #expect(api.functions.map(\.name) == ["applyRoPE", "relativePositionBucket", "table"])
        let rope = api.functions[0]
        #expect(rope.parameters.map(\.label) == [nil, "position", "base"])
        #expect(rope.parameters.map(\.type) == [.array(.double), .int, .double])
        #expect(rope.parameters[2].defaultValue == "10000")
        #expect(rope.result == .array(.double))
        #expect(rope.declaration == "func applyRoPE(_ x: [Double], position: Int, base: Double = 10000) -> [Double]")
        #expect(api.functions[1].parameters.map(\.defaultValue) == [nil, nil, "32", "128"])
        #expect(api.functions[2].parameters[1].type == .array(.optional(.string)))
        #expect(api.functions[2].declaration == "func table(rows: [[Double]], names: [String?]) -> [[Double]]")
    }

    /// What the checks cannot call through a pipe is an authoring error with the line.
    @Test(arguments: [
        ("func f<T>(_ x: T) -> T { x }", "is generic"),
        ("func f(_ x: Int) throws -> Int { x }", "is declared 'throws'"),
        ("func f(_ x: Int) async -> Int { x }", "is declared 'async'"),
        ("func f(_ x: inout Int) -> Int { x }", "inout or variadic"),
        ("func f(_ x: Int...) -> Int { 0 }", "inout or variadic"),
        ("func f(_ x: (Int, Int)) -> Int { 0 }", "has type (Int, Int)"),
        ("func f(_ x: [Int]) { }", "returns nothing"),
        ("func f(_ x: [Int]) -> [Int: Int] { [:] }", "returns [Int: Int]"),
        ("func f(_ x: Int) -> Int { x }\nfunc f(_ y: Int) -> Int { y }", "declared twice"),
        ("let x = 1\n", "declares no function"),
    ])
    func unsupportedDeclarationsAreNamed(_ source: String, _ words: String) {
        #expect {
            _ = try ExerciseAPI.parse(source)
        } throws: { error in
            ((error as? ExerciseAPI.Problem)?.message ?? "").contains(words)
        }
    }

    /// Every starter of the shipped course declares an API the grader can serve.
    @Test func everyStarterOfTheCourseParses() throws {
        let lessons = CourseBinary.packageRoot + "/Lessons"
        let starters = (FileManager.default.enumerator(atPath: lessons)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix("/starter.swift") }
        #expect(starters.count >= 19)
        for starter in starters {
            let text = try String(contentsOfFile: lessons + "/" + starter, encoding: .utf8)
            let api = try ExerciseAPI.parse(text)
            #expect(!api.functions.isEmpty, "\(starter)")
        }
    }

    @Test func proxiesKeepTheSignatureAndDispatcherSpellsEveryArgument() throws {
        let api = try ExerciseAPI.parse("func scaled(_ vector: [Double], by factor: Double = 2) -> [Double] { vector }\n")
        let proxies = GeneratedSources.proxies(api)
        #expect(proxies.contains("func scaled(_ vector: [Double], by factor: Double = 2) -> [Double] {"))
        #expect(proxies.contains("CourseWire.WireWriter(function: 0)"))
        #expect(proxies.contains("return CodeUnderTest.call(courseRequest_, \"scaled(\\(CodeUnderTest.show(vector)), by: \\(CodeUnderTest.show(factor)))\")"))
        let dispatcher = GeneratedSources.dispatcher(api)
        #expect(dispatcher.contains("let courseResult_: [Double] = scaled(courseArgument0_, by: courseArgument1_)"))
        #expect(dispatcher.contains("CourseWire.WireType.array(CourseWire.WireType.double)"))
        #expect(!dispatcher.contains("CourseCheck"), "the learner's program never sees the checks' library")
    }
}

@Suite struct CrashLocationTests {
    @Test func findsTheLearnersLineInATrapOrABacktrace() {
        let trap = Array("Submission/scale.swift:7: Fatal error: boom\n".utf8)
        #expect(CrashLocation.find(in: trap, learnerPath: "Exercises/basics/scale.swift") == "Exercises/basics/scale.swift:7")
        let backtrace = Array("""
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range
          3 [ra] 0x000055b2287bee81 scaled(_:by:) + 32 in program at /tmp/c/Exercises/basics/scale.swift:12:37
        """.utf8)
        #expect(CrashLocation.find(in: backtrace, learnerPath: "Exercises/basics/scale.swift") == "Exercises/basics/scale.swift:12")
        #expect(CrashLocation.find(in: Array("at /x/upscale.swift:3:1".utf8), learnerPath: "Exercises/basics/scale.swift") == nil)
        #expect(CrashLocation.find(in: [], learnerPath: "scale.swift") == nil)
    }
}
