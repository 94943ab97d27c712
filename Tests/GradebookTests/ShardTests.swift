import Gradebook
import Testing

@Suite struct ShardTests {
    @Test(arguments: ["1/1", "2/3", "3/3", "10/16"])
    func readsKOverN(text: String) throws {
        let shard = try #require(Shard(text))
        #expect(shard.description == text)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "-1/2", "1", "1/2/3", "a/b", "", "/", "1/", "１/２"])
    func refusesAnythingElse(text: String) {
        #expect(Shard(text) == nil)
    }

    @Test func shardsCoverEveryPositionExactlyOnce() throws {
        for count in 1...5 {
            let shards = (1...count).map { Shard(index: $0, count: count)! }
            for position in 0..<23 {
                #expect(shards.filter { $0.contains(position: position) }.count == 1)
            }
        }
        #expect((0..<7).filter { Shard("2/3")!.contains(position: $0) } == [1, 4])
    }
}
