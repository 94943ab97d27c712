import CourseTestSupport
import Foundation
import Testing

/// Incremental builds (issue 13, item 2): after any edit, a build that uses the cache writes
/// exactly the site a build without it writes, renders only what the edit touched, and leaves
/// the files it did not need to change as they were (same inode, same date).
@Suite struct IncrementalBuildTests {
    static let exercise = "Lessons/03-three/exercises/scale/"
    static let course: [String: String] = [
        "Lessons/course.yml": courseYAML,
        "Lessons/01-one/lesson.md": lessonMarkdown(title: "One", body: "## Start\n\nSee [two](../02-two/lesson.md#end).\n"),
        "Lessons/02-two/lesson.md": lessonMarkdown(title: "Two", body: "## End\n\nMath $`x^2`$.\n\n## Other\n\nText.\n"),
        "Lessons/03-three/lesson.md": lessonMarkdown(title: "Three", body: "## Pictures\n\n![A dot](dot.svg)\n\n![Shared](../_shared/shared.svg)\n\n```exercise\nscale\n```\n"),
        "Lessons/03-three/dot.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>",
        "Lessons/_shared/shared.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>",
        exercise + "exercise.md": "---\ntitle: Scale\n---\n\nWrite `scaled`.\n\n> [!hint] Stuck?\n> Multiply.\n",
        exercise + "starter.swift": "func scaled(_ v: [Double], by k: Double) -> [Double] {\n    return v\n}\n",
        exercise + "solution.swift": "func scaled(_ v: [Double], by k: Double) -> [Double] {\n    return v.map { $0 * k }\n}\n",
        exercise + "checks.swift": "import CourseCheck\n\nlet checks: [Check] = []\n",
    ]

    /// An edit, the lessons a build after it must render, and the pages it must not rewrite.
    struct Edit: CustomTestStringConvertible, Sendable {
        let name: String
        var files: [String: String] = [:]
        var removed: [String] = []
        let rendered: Int
        var untouched: [String] = []
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "nothing", rendered: 0, untouched: ["01-one.html", "02-two.html", "03-three.html", "index.html", "assets/search-index.js"]),
        Edit(name: "one lesson's text",
             files: ["Lessons/02-two/lesson.md": lessonMarkdown(title: "Two", body: "## End\n\nMath $`x^3`$.\n\n## Other\n\nText.\n")],
             rendered: 1, untouched: ["01-one.html", "03-three.html", "index.html"]),
        Edit(name: "a heading no other lesson links to",
             files: ["Lessons/02-two/lesson.md": lessonMarkdown(title: "Two", body: "## End\n\nMath $`x^2`$.\n\n## Renamed\n\nText.\n")],
             rendered: 1, untouched: ["01-one.html", "03-three.html"]),
        Edit(name: "a heading another lesson links to, moved",
             files: ["Lessons/02-two/lesson.md": lessonMarkdown(title: "Two", body: "## Other\n\nText.\n\n## End\n\nMath $`x^2`$.\n")],
             rendered: 1, untouched: ["01-one.html", "03-three.html"]),
        Edit(name: "a title, shown in every page's navigation",
             files: ["Lessons/03-three/lesson.md": lessonMarkdown(title: "Three, retitled", body: "## Pictures\n\n![A dot](dot.svg)\n\n![Shared](../_shared/shared.svg)\n\n```exercise\nscale\n```\n")],
             rendered: 1),
        Edit(name: "an image's bytes", files: ["Lessons/03-three/dot.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"2\"/></svg>"],
             rendered: 1, untouched: ["01-one.html", "02-two.html"]),
        Edit(name: "an image outside the lesson folder", files: ["Lessons/_shared/shared.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"2\" height=\"1\"/></svg>"],
             rendered: 1, untouched: ["01-one.html", "02-two.html"]),
        Edit(name: "an exercise's starter code", files: [exercise + "starter.swift": "func scaled(_ v: [Double], by k: Double) -> [Double] {\n    return []\n}\n"],
             rendered: 1, untouched: ["01-one.html", "02-two.html"]),
        Edit(name: "an exercise's statement", files: [exercise + "exercise.md": "---\ntitle: Scale\n---\n\nWrite `scaled(_:by:)`.\n\n> [!hint] Stuck?\n> Multiply.\n"],
             rendered: 1, untouched: ["01-one.html", "02-two.html"]),
        Edit(name: "course.yml", files: ["Lessons/course.yml": "title: Renamed course\ndescription: A course for tests.\n"], rendered: 3),
        Edit(name: "a theme file", files: ["Lessons/theme/course.css": "body { color: black; }\n"],
             rendered: 0, untouched: ["01-one.html", "02-two.html", "03-three.html", "index.html"]),
        Edit(name: "a new lesson", files: ["Lessons/04-four/lesson.md": lessonMarkdown(title: "Four")], rendered: 1),
        Edit(name: "a lesson removed", removed: ["Lessons/01-one"], rendered: 0),
    ]

    @Test(arguments: edits)
    func anEditRebuildsWhatItTouchedAndMatchesAColdBuild(edit: Edit) throws {
        let folder = try TemporaryFolder(files: Self.course)
        let environment = ["COURSE_CACHE_DIR": folder.url("cache")]
        let cold = try CourseBinary.run(["build"], in: folder.path, environment: environment)
        try #require(cold.status == 0, "\(cold.stderr)")
        #expect(cold.stdout.contains("rendered 3 of 3 lessons"), "\(cold.stdout)")
        let before = Dictionary(uniqueKeysWithValues: edit.untouched.map { ($0, Self.stamp(folder.url("site/" + $0))) })

        for (path, contents) in edit.files { try folder.write(path, contents) }
        for path in edit.removed { try FileManager.default.removeItem(atPath: folder.url(path)) }
        let warm = try CourseBinary.run(["build"], in: folder.path, environment: environment)
        try #require(warm.status == 0, "\(warm.stderr)")
        let lessons = edit.removed.isEmpty ? (edit.files.keys.contains { $0.hasPrefix("Lessons/04") } ? 4 : 3) : 2
        #expect(warm.stdout.contains("rendered \(edit.rendered) of \(lessons) lessons"), "\(warm.stdout)")
        try Self.expectSameAsColdBuild(folder)
        for (page, stamp) in before {
            #expect(Self.stamp(folder.url("site/" + page)) == stamp, "\(page) was rewritten")
        }
    }

    /// A link into a heading that an edit of the other lesson removes: the linking lesson,
    /// unchanged itself, is checked again and the build fails, as it would without a cache.
    @Test func aLinkBrokenByAnotherLessonsEditFailsTheBuild() throws {
        let folder = try TemporaryFolder(files: Self.course)
        let environment = ["COURSE_CACHE_DIR": folder.url("cache")]
        #expect(try CourseBinary.run(["build"], in: folder.path, environment: environment).status == 0)
        try folder.write("Lessons/02-two/lesson.md", lessonMarkdown(title: "Two", body: "## Finish\n\nText.\n"))
        let run = try CourseBinary.run(["build"], in: folder.path, environment: environment)
        #expect(run.status == 65)
        #expect(run.stderr.contains("Lessons/01-one/lesson.md:10:5: error: the lesson '../02-two/lesson.md' has no heading with id 'end'"), "\(run.stderr)")
        // Fixed again, the build takes lesson 1 from the cache once more.
        try folder.write("Lessons/02-two/lesson.md", Self.course["Lessons/02-two/lesson.md"]!)
        let fixed = try CourseBinary.run(["build"], in: folder.path, environment: environment)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        try Self.expectSameAsColdBuild(folder)
    }

    /// Whatever happened to the cache or the site in between, the next build is right.
    @Test(arguments: ["a cache of garbage", "a cache cut short", "a body file cut short", "a page edited by hand", "a page deleted", "an image deleted from the site"])
    func damageIsNoticedAndRepaired(damage: String) throws {
        let folder = try TemporaryFolder(files: Self.course)
        let environment = ["COURSE_CACHE_DIR": folder.url("cache")]
        #expect(try CourseBinary.run(["build"], in: folder.path, environment: environment).status == 0)
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: folder.url("cache")).sorted()
        let index = folder.url("cache/" + cacheFiles.first { $0.hasSuffix(".cache") }!)
        switch damage {
        case "a cache of garbage": try Data((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: index))
        case "a cache cut short": try Self.truncate(index, by: 100)
        case "a body file cut short": try Self.truncate(index + ".bodies", by: 100)
        case "a page edited by hand": try folder.write("site/02-two.html", "edited")
        case "a page deleted": try FileManager.default.removeItem(atPath: folder.url("site/02-two.html"))
        default:
            let images = try FileManager.default.contentsOfDirectory(atPath: folder.url("site/assets/images"))
            try FileManager.default.removeItem(atPath: folder.url("site/assets/images/" + images[0]))
        }
        // A lesson edited too, so the build must read a body back from the cache.
        try folder.write("Lessons/03-three/lesson.md", lessonMarkdown(title: "Three, again", body: "## Pictures\n\n![A dot](dot.svg)\n\n![Shared](../_shared/shared.svg)\n\n```exercise\nscale\n```\n"))
        let run = try CourseBinary.run(["build"], in: folder.path, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        try Self.expectSameAsColdBuild(folder)
    }

    /// `--no-cache` renders everything and leaves the cache alone.
    @Test func noCacheRendersEverythingAndWritesNoCache() throws {
        let folder = try TemporaryFolder(files: Self.course)
        let run = try CourseBinary.run(["build", "--no-cache"], in: folder.path, environment: ["COURSE_CACHE_DIR": folder.url("cache")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rendered 3 of 3 lessons"), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.url("cache")))
    }

    /// The site a build without any cache writes into `cold/` must be byte for byte `site/`.
    static func expectSameAsColdBuild(_ folder: TemporaryFolder, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let cold = try CourseBinary.run(["build", "--no-cache", "--out", "cold"], in: folder.path)
        try #require(cold.status == 0, "\(cold.stderr)", sourceLocation: sourceLocation)
        let site = folder.snapshot("site"), reference = folder.snapshot("cold")
        #expect(site.keys.sorted() == reference.keys.sorted(), sourceLocation: sourceLocation)
        for (path, bytes) in reference where site[path] != bytes {
            Issue.record("site/\(path) differs from a build without the cache", sourceLocation: sourceLocation)
        }
        try FileManager.default.removeItem(atPath: folder.url("cold"))
    }

    /// Inode, size and modification time: what changes when a file is rewritten.
    static func stamp(_ path: String) -> [Int] {
        var status = stat()
        guard lstat(path, &status) == 0 else { return [] }
        return [Int(status.st_ino), Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
    }

    static func truncate(_ path: String, by count: Int) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(max(0, bytes.count - count)).write(to: URL(fileURLWithPath: path))
    }
}
