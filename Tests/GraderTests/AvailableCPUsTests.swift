import Foundation
import Testing
import Grader

@Suite struct AvailableCPUsTests {
    /// The grader sizes its parallelism from the CPUs this process may use, which is at
    /// least one and never more than the machine has.
    @Test func thisProcessMayUseSomeButNotMoreThanTheMachinesCPUs() {
        #expect(Grader.availableCPUs >= 1)
        #expect(Grader.availableCPUs <= ProcessInfo.processInfo.activeProcessorCount)
    }
}
