import CourseTestSupport
import Foundation
import Testing

/// `course check` proves that doing nothing earns nothing, and grading leaves no temporary
/// folder behind.
@Suite(.serialized) struct ProofTests {
    /// A check that rewards returning the input (scaling then unscaling gives the input back)
    /// must be reported, naming the check and the kind of answer.
    @Test func aCheckThatRewardsADegenerateAnswerFailsCourseCheck() throws {
        let folder = try GradeCommandTests().makeCourse()
        let checksPath = "Lessons/01-basics/exercises/scale/checks.swift"
        try folder.write(checksPath, """
        import CourseCheck

        let checks: [Check] = [
            Check("scales [1, 2, 3] by 2", points: 1) {
                expectClose(scaled([1, 2, 3], by: 2), [2, 4, 6], tolerance: .exact, call: "scaled([1, 2, 3], by: 2)")
            },
            Check.property("scaling by k then by 1/k gives the vector back", points: 2, cases: 20) { random in
                let vector = random.doubles(count: 3, in: -10...10)
                expectClose(scaled(scaled(vector, by: 2), by: 0.5), vector, tolerance: .relative(1e-12), call: "round trip")
            },
        ]
        """)
        let run = try CourseBinary.run(["check", "--isolation", "required"], in: folder.path,
                                       environment: ["COURSE_CACHE_DIR": folder.url("cache")])
        #expect(run.status == 65, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("\(checksPath): error: a body returning its input earns 2 of 3 points in basics/scale (“scaling by k then by 1/k gives the vector back”)"), "\(run.stderr)")
        #expect(run.stderr.contains("the untouched starter earns 2 of 3 points"), "\(run.stderr)")
        #expect(!run.stderr.contains("a body returning zeros"), "zeros fail the round trip: \(run.stderr)")
    }

    /// The compiler's and the grader's temporary folders go with the run.
    @Test func gradingLeavesNoTemporaryFolder() throws {
        let folder = try GradeCommandTests().makeCourse()
        let temporary = try TemporaryFolder()
        try folder.write("Exercises/basics/scale.swift", "func scaled(_ v: [Double], by k: Double) -> [Double] { v.map { $0 * k } }\n")
        let run = try CourseBinary.run(["grade", "--no-cache"], in: folder.path,
                                       environment: ["COURSE_CACHE_DIR": folder.url("cache"), "TMPDIR": temporary.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    /// A trap in the learner's code names the learner's file and line and the call.
    @Test func aTrapNamesTheLearnersLineAndTheCall() throws {
        let folder = try GradeCommandTests().makeCourse()
        try folder.write("Exercises/basics/scale.swift", """
        func scaled(_ vector: [Double], by factor: Double) -> [Double] {
            var result: [Double] = []
            for i in 0...vector.count { result.append(vector[i] * factor) }
            return result
        }
        """)
        let run = try CourseBinary.run(["grade"], in: folder.path, environment: ["COURSE_CACHE_DIR": folder.url("cache")])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Your code crashed during the check “scales [1, 2, 3] by 2” (SIGILL, a Swift runtime trap)."), "\(run.stdout)")
        #expect(run.stdout.contains("Fatal error: Index out of range"))
        #expect(run.stdout.contains("at Exercises/basics/scale.swift:3"), "\(run.stdout)")
        #expect(run.stdout.contains("while computing scaled([1.0, 2.0, 3.0], by: 2.0)"), "\(run.stdout)")
    }
}
