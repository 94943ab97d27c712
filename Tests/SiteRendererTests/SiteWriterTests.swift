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
}
