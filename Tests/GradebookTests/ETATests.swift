import Gradebook
import Testing

@Suite struct ETATests {
    @Test func theRestTakesAsLongAsTheGradedJobsDid() throws {
        let eta = GradingETA(total: 100)
        #expect(eta.secondsLeft(elapsed: 10, done: 0, cached: 0) == nil)
        #expect(eta.secondsLeft(elapsed: 10, done: 30, cached: 30) == nil, "cached jobs say nothing of the rest")
        #expect(eta.secondsLeft(elapsed: 10, done: 20, cached: 10) == 80)
        #expect(eta.secondsLeft(elapsed: 10, done: 100, cached: 0) == 0)
    }

    @Test func clock() {
        #expect(GradingETA.clock(0) == "0:00")
        #expect(GradingETA.clock(61.2) == "1:02")
        #expect(GradingETA.clock(3600 * 2 + 5) == "2:00:05")
    }

    @Test func outputNamesFollowOut() {
        let names = OutputNames(out: "out/gradebook.csv")
        #expect(names.reports == "out/gradebook-reports")
        #expect(names.summary == "out/gradebook-summary.txt")
        #expect(OutputNames(out: "part-2.json").reports == "part-2-reports")
        #expect(OutputNames(out: "grades", reports: "r").reports == "r")
    }
}
