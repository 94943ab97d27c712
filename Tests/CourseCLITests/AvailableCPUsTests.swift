@testable import CourseCLI
import Testing

@Suite struct AvailableCPUsTests {
    @Test(arguments: [
        ("Name:\tcourse\nCpus_allowed:\tf\nCpus_allowed_list:\t0-3\n", 4),
        ("Cpus_allowed_list:\t0-3,8,10-11\n", 7),
        ("Cpus_allowed_list:\t5\n", 1),
    ])
    func countsTheCPUsTheProcessMayUse(status: String, count: Int) {
        #expect(AvailableCPUs.allowed(inStatus: status) == count)
    }

    @Test(arguments: ["", "Cpus_allowed_list:\t\n", "Cpus_allowed_list:\t3-1\n", "Cpus_allowed_list:\tx\n"])
    func fallsBackWhenItCannotTell(status: String) {
        #expect(AvailableCPUs.allowed(inStatus: status) == nil)
    }

    @Test func thisProcessMayUseSomeCPU() {
        #expect(AvailableCPUs.count >= 1)
    }
}
