import ContentHash
import CourseModel
import CourseTestSupport
import Foundation
@testable import SiteRenderer
import Testing

/// The build cache's file format and upkeep: what one build saves, the next loads whole or
/// not at all.
@Suite struct BuildCacheTests {
    /// A cache of a real build of two lessons, saved into `folder`.
    static func savedCache(in folder: TemporaryFolder) throws -> (path: String, build: SiteBuilder.Build) {
        try folder.write("L/course.yml", courseYAML)
        try folder.write("L/01-one/lesson.md", lessonMarkdown(title: "One $`x`$", body: "## Start\n\nSee [two](../02-two/lesson.md#end).\n"))
        try folder.write("L/02-two/lesson.md", lessonMarkdown(title: "Two", body: "## End\n\nMath $`x^2`$.\n"))
        let course = try CourseLoader.load(lessonsPath: folder.url("L"))
        let build = try SiteBuilder().build(course, reusing: nil, isIntact: { _, _ in false })
        let path = BuildCache.filePath(in: folder.url("cache"), lessonsPath: folder.url("L"), sitePath: folder.url("site"))
        build.cache.save(to: path)
        return (path, build)
    }

    @Test func aSavedCacheLoadsWithEveryRecordAndBody() throws {
        let folder = try TemporaryFolder()
        let (path, build) = try Self.savedCache(in: folder)
        let loaded = try #require(BuildCache.load(from: path))
        #expect(loaded.lessonCount == 2)
        #expect(loaded.environment == build.cache.environment)
        for (name, record) in build.cache.lessons {
            let other = try #require(loaded.lessons[name])
            #expect(other.outputKey == record.outputKey && other.inputKey == record.inputKey)
            #expect(other.headings == record.headings && other.body.frontMatter == record.body.frontMatter)
            #expect(other.body.html.load() == record.body.html.load())
            #expect(other.body.searchEntries.load() == record.body.searchEntries.load())
            #expect(other.pages == record.pages && other.files == record.files)
        }
        #expect(loaded.knownFrontMatter(build.cache.lessons["01-one"]!.sourceDigest)?.title == "One $`x`$")
        // Another `course` binary may read front matter by other rules: it must parse the YAML.
        var fromAnotherTool = loaded
        fromAnotherTool.tool = "another course binary"
        #expect(fromAnotherTool.knownFrontMatter(build.cache.lessons["01-one"]!.sourceDigest) == nil)
    }

    /// Every prefix of the index and flipped bytes anywhere: nil, never a crash or a partial cache.
    @Test func aDamagedIndexIsRefusedWhole() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try Self.savedCache(in: folder)
        let bytes = try #require(FileBytes.read(path))
        let bodies = BuildCache.bodiesPath(of: path)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(BuildCache.decoded(index: Array(bytes[..<length]), bodiesPath: bodies) == nil, "a prefix of \(length) bytes")
        }
        var random = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            #expect(BuildCache.decoded(index: damaged, bodiesPath: bodies) == nil)
        }
        #expect(BuildCache.decoded(index: bytes, bodiesPath: bodies) != nil)
    }

    /// A body file of another generation (rewritten by another build) makes the index unusable;
    /// a body changed in place is caught by its fingerprint when read.
    @Test func aBodyFileThatDoesNotMatchIsNeverRead() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try Self.savedCache(in: folder)
        let bodies = BuildCache.bodiesPath(of: path)
        var bytes = try #require(FileBytes.read(bodies))
        bytes[bytes.count - 3] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: bodies))
        let loaded = try #require(BuildCache.load(from: path))
        let loads = loaded.lessons.values.flatMap { [$0.body.html.load(), $0.body.searchEntries.load()] }
        #expect(loads.contains { $0 == nil }, "the changed body must not load")

        bytes[0] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: bodies))
        #expect(BuildCache.load(from: path) == nil)
    }

    @Test func pruningKeepsTheMostRecentCaches() throws {
        let folder = try TemporaryFolder()
        for index in 0..<40 {
            let name = "site-\(index).cache"
            try folder.write(name, "index")
            try folder.write(name + ".bodies", "bodies")
            var times = [timespec(tv_sec: 1_000_000 + index, tv_nsec: 0), timespec(tv_sec: 1_000_000 + index, tv_nsec: 0)]
            utimensat(AT_FDCWD, folder.url(name), &times, 0)
        }
        try folder.write("other-file", "kept")
        BuildCache.prune(folder.path, keeping: 32)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left.count == 32 * 2 + 1)
        #expect(left.contains("other-file") && left.contains("site-39.cache.bodies") && left.contains("site-8.cache"))
        #expect(!left.contains("site-7.cache") && !left.contains("site-7.cache.bodies"))
    }
}

extension BuildCache: Equatable {
    /// Two caches are the same when they hold the same keys (tests only compare with nil).
    public static func == (a: BuildCache, b: BuildCache) -> Bool {
        a.environment == b.environment && a.fileKeys == b.fileKeys && Set(a.lessons.keys) == Set(b.lessons.keys)
    }
}
