import CourseTestSupport
import Foundation
import SiteRenderer
import Testing

@Suite struct SiteWriterTests {
    let site = Site(files: ["index.html": Array("new".utf8), "assets/a.css": Array("css".utf8), SiteWriter.markerFileName: []])

    @Test func writesANewSiteAndReplacesAnOldOneWhole() throws {
        let folder = try TemporaryFolder()
        try SiteWriter.write(Site(files: ["old.html": Array("old".utf8), SiteWriter.markerFileName: []]), to: folder.url("site"))
        try SiteWriter.write(site, to: folder.url("site"))
        let files = folder.snapshot("site")
        #expect(Set(files.keys) == ["index.html", "assets/a.css", SiteWriter.markerFileName])
        #expect(files["index.html"] == Data("new".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["site"], "no staging or retired folders are left behind")
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let folder = try TemporaryFolder(files: ["docs/precious.txt": "keep me"])
        #expect(throws: SiteWriteError.self) { try SiteWriter.write(site, to: folder.url("docs")) }
        #expect(folder.snapshot("docs") == ["precious.txt": Data("keep me".utf8)])
    }

    @Test func writesIntoAnEmptyFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.url("out"), withIntermediateDirectories: true)
        try SiteWriter.write(site, to: folder.url("out"))
        #expect(folder.snapshot("out").count == 3)
    }

    /// A process ID that belonged to a process that has ended (a child run and reaped).
    private func deadProcessID() throws -> Int32 {
        let process = try Process.run(URL(fileURLWithPath: "/bin/true"), arguments: [])
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func leftoversOfKilledBuildsAreRemovedByTheNextBuild() throws {
        let dead = try deadProcessID()
        let folder = try TemporaryFolder(files: [
            ".site.tmp-\(dead)/\(SiteWriter.markerFileName)": "",
            ".site.tmp-\(dead)/half.html": "half",
            ".site.old-\(dead)/\(SiteWriter.markerFileName)": "",
            // Not ours to remove: no marker, another site's name, a live process, a wrong suffix.
            ".site.tmp-\(dead + 1_000_000)/notes.txt": "keep",
            ".docs.tmp-\(dead)/\(SiteWriter.markerFileName)": "",
            ".site.tmp-1/\(SiteWriter.markerFileName)": "",
            ".site.tmp-x\(dead)/\(SiteWriter.markerFileName)": "",
        ])
        try SiteWriter.write(site, to: folder.url("site"))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left == ["site", ".site.tmp-\(dead + 1_000_000)", ".docs.tmp-\(dead)", ".site.tmp-1", ".site.tmp-x\(dead)"])
    }

    @Test func writeErrorsKeepTheSystemsReasonAndThePath() throws {
        let folder = try TemporaryFolder(files: ["file.txt": "not a folder"])
        do {
            try SiteWriter.write(site, to: folder.url("file.txt/site"))
            Issue.record("wrote a site under a file")
        } catch {
            #expect(error.description.contains("file.txt/"), "\(error)")
            #expect(error.description.contains("Not a directory"), "\(error)")
            #expect(!error.description.contains("error 1"), "\(error)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["file.txt"])
    }

    /// While builds replace the site again and again, a reader polling it never finds the
    /// path missing or a site without its pages (two renames left a gap a poller finds).
    @Test func aReaderNeverSeesAMomentWithoutACompleteSite() throws {
        let folder = try TemporaryFolder()
        let sitePath = folder.url("site")
        try SiteWriter.write(site, to: sitePath)
        let started = ManagedAtomicFlag(), done = ManagedAtomicFlag()
        let finished = DispatchSemaphore(value: 0)
        let counts = Counts()
        // A thread of its own, not a task: the reader must run while the writer writes, even
        // when the cooperative pool is busy with other tests.
        let reader = Thread {
            started.set()
            while !done.isSet {
                let complete = access(sitePath + "/index.html", F_OK) == 0 && access(sitePath + "/assets/a.css", F_OK) == 0
                counts.record(complete: complete)
            }
            finished.signal()
        }
        reader.start()
        while !started.isSet { usleep(1_000) }
        let other = Site(files: ["index.html": Array("other".utf8), "assets/a.css": Array("x".utf8), SiteWriter.markerFileName: []])
        for round in 0..<300 { try SiteWriter.write(round.isMultiple(of: 2) ? other : site, to: sitePath) }
        done.set()
        finished.wait()
        let (checks, misses) = counts.values
        #expect(checks > 0)
        #expect(misses == 0, "the site was missing or incomplete \(misses) times in \(checks) looks")
    }
}

/// How often the reader looked, and how often it found no complete site.
final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var checks = 0, misses = 0
    func record(complete: Bool) { lock.withLock { checks += 1; if !complete { misses += 1 } } }
    var values: (Int, Int) { lock.withLock { (checks, misses) } }
}

/// A flag one task sets and another polls.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
