import Foundation
import ParallelMap
import Testing

@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 7, 1_000])
    func keepsOrderAndTransformsEveryElement(count: Int) {
        let input = Array(0..<count)
        #expect(input.parallelMap(width: 4) { $0 * $0 } == input.map { $0 * $0 })
    }
}

@Suite struct ParallelMapOrderTests {
    @Test func resultsFollowInputOrderEvenWhenLaterElementsFinishFirst() {
        // Earlier elements sleep longer, so they finish last; the output must not care.
        let delays = (0..<8).map { Double(8 - $0) * 0.002 }
        let indices = Array(delays.indices).parallelMap(width: 4) { index -> Int in
            Thread.sleep(forTimeInterval: delays[index])
            return index
        }
        #expect(indices == Array(0..<8))
    }
}
