import CourseTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `course serve` end to end (issue 13): start it, fetch a page, save a lesson and see the
/// reload signal and the new text, break the lesson and see the problems on the page while the
/// last good text stays, fix it, and stop it with Ctrl-C.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `course serve` and what it printed.
    final class Server: @unchecked Sendable {
        let process = Process()
        private let output = Pipe()
        private let lock = NSLock()
        private var printed = ""

        init(in folder: String, arguments: [String] = ["--port", "0"]) throws {
            process.executableURL = URL(fileURLWithPath: CourseBinary.path)
            process.arguments = ["serve", "--isolation", "off"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle.nullDevice
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.printed += String(decoding: data, as: UTF8.self) }
            }
            try process.run()
        }

        var text: String { lock.withLock { printed } }

        /// Waits until the output contains `needle`, up to `seconds`.
        func waitFor(_ needle: String, seconds: Double = 60) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if text.contains(needle) { return true }
                if !process.isRunning { return text.contains(needle) }
                usleep(50_000)
            }
            return false
        }

        var baseURL: String? {
            guard let range = text.range(of: "http://127.0.0.1:") else { return nil }
            let port = text[range.upperBound...].prefix { $0.isNumber }
            return "http://127.0.0.1:\(port)"
        }

        func stop() {
            if process.isRunning { kill(process.processIdentifier, SIGINT) }
            waitUntilExit()
        }

        /// Waits for the process to end and collects what it printed last (the handler may
        /// not have seen it yet when the process exits).
        func waitUntilExit() {
            process.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
            let rest = output.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { printed += String(decoding: rest, as: UTF8.self) }
        }
    }

    /// GET `url`: status and body text.
    static func fetch(_ url: String, timeout: Double = 30) -> (status: Int, body: String) {
        final class Box: @unchecked Sendable { var value = (status: 0, body: "") }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = timeout
        URLSession.shared.dataTask(with: request) { data, response, _ in
            box.value = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        done.wait()
        return box.value
    }

    @Test func servesRebuildsOnSaveShowsProblemsAndStops() throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        let server = try Server(in: folder.path)
        defer { server.stop() }
        #expect(server.waitFor("Serving"), "\(server.text)")
        let base = try #require(server.baseURL, "\(server.text)")

        let page = Self.fetch(base + "/01-one.html")
        #expect(page.status == 200)
        #expect(page.body.contains("See <a href=\"02-two.html#end\">two</a>"))
        #expect(page.body.contains("/__course/reload.js"), "the served page reloads itself")
        let version = try #require(page.body.components(separatedBy: "data-version=\"").dropFirst().first?.prefix { $0.isNumber }).description
        #expect(Self.fetch(base + "/").body.contains("<h1>Test course</h1>"))
        #expect(Self.fetch(base + "/nope.html").status == 404)
        #expect(!FileManager.default.fileExists(atPath: folder.url("site")), "serve writes nothing to disk")

        // Save a lesson: the long poll answers with a newer version, and the page has the new text.
        let saved = Date()
        try folder.write("Lessons/01-one/lesson.md", lessonMarkdown(title: "One", body: "## Start\n\nFreshly saved words.\n"))
        let next = Self.fetch(base + "/__course/wait?version=\(version)")
        #expect(Int(next.body) ?? 0 > Int(version) ?? 0, "\(next)")
        let reloadMilliseconds = Date().timeIntervalSince(saved) * 1000
        #expect(Self.fetch(base + "/01-one.html").body.contains("Freshly saved words."))
        #expect(server.waitFor("Rebuilt"), "\(server.text)")
        print("save → reload signal: \(Int(reloadMilliseconds)) ms")

        // Break it: the terminal and every page show the problem; the last good text stays.
        try folder.write("Lessons/01-one/lesson.md", lessonMarkdown(title: "One", body: "## Start\n\nBroken [link](../09-none/lesson.md).\n"))
        #expect(server.waitFor("is not a lesson of this course"), "\(server.text)")
        let broken = Self.fetch(base + "/01-one.html").body
        #expect(broken.contains("The last build failed"))
        #expect(broken.contains("<li>Lessons/01-one/lesson.md:10:8: error: '../09-none/lesson.md' is not a lesson of this course"), "\(broken.prefix(2_000))")
        #expect(broken.contains("Freshly saved words."))

        // Fix it: the problems go away.
        try folder.write("Lessons/01-one/lesson.md", lessonMarkdown(title: "One", body: "## Start\n\nFixed again.\n"))
        let deadline = Date().addingTimeInterval(30)
        var fixed = ""
        while Date() < deadline {
            fixed = Self.fetch(base + "/01-one.html").body
            if fixed.contains("Fixed again.") { break }
            usleep(100_000)
        }
        #expect(fixed.contains("Fixed again.") && !fixed.contains("The last build failed"))

        // A new lesson: its folder appears first and its text a moment later, as an editor
        // makes them; the new folder is watched, so the save of its text is seen.
        try FileManager.default.createDirectory(atPath: folder.url("Lessons/03-three"), withIntermediateDirectories: true)
        usleep(700_000)
        try folder.write("Lessons/03-three/lesson.md", lessonMarkdown(title: "Three", body: "## New\n\nA brand-new lesson.\n"))
        var added = ""
        let addedDeadline = Date().addingTimeInterval(30)
        while Date() < addedDeadline {
            added = Self.fetch(base + "/03-three.html").body
            if added.contains("A brand-new lesson.") { break }
            usleep(100_000)
        }
        #expect(added.contains("A brand-new lesson."), "\(server.text)")

        // An open page is always waiting in a long poll (25 s); Ctrl-C answers it and stops at once.
        Thread { _ = Self.fetch(base + "/__course/wait?version=1000000") }.start()
        usleep(300_000)
        let stopping = Date()
        server.stop()
        #expect(Date().timeIntervalSince(stopping) < 10, "Ctrl-C waited for the open page's long poll")
        #expect(server.process.terminationStatus == 0, "\(server.text)")
        #expect(server.text.contains("Stopped."))
    }

    @Test func aBusyPortIsAClearError() throws {
        let folder = try TemporaryFolder(files: BuildCommandTests.goodCourse)
        let first = try Server(in: folder.path)
        defer { first.stop() }
        #expect(first.waitFor("Serving"))
        let port = try #require(first.baseURL?.split(separator: ":").last.map(String.init))
        let second = try Server(in: folder.path, arguments: ["--port", port])
        second.waitUntilExit()
        #expect(second.process.terminationStatus == 70)
        #expect(second.text.contains("error: port \(port) is in use by another program; pass --port N, or --port 0 for any free port"), "\(second.text)")
    }
}
