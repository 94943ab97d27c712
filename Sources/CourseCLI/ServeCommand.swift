import ArgumentParser
import CourseModel
import Dispatch
import Foundation
import SiteRenderer
import SiteServer

/// `course serve`: build, serve on 127.0.0.1, rebuild on every save, reload open pages.
///
/// The site is served from memory and never written to disk, so a preview cannot disturb the
/// committed `site/`. A failed build keeps the last good site on screen with the problems in
/// a banner (and in the terminal); the next good save clears them.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it, serve it on 127.0.0.1, rebuild on save, reload open pages.",
        discussion: "Serves from memory (site/ is not touched) until Ctrl-C. A failed build keeps the last good pages, with its problems shown on them."
    )

    @OptionGroup var options: LessonsOptions

    @Option(name: .long, help: ArgumentHelp("The port to serve on (0: any free port).", valueName: "n"))
    var port: UInt16 = 8000

    @OptionGroup var isolation: IsolationOption

    func run() throws {
        let lessons = options.lessons
        guard FileManager.default.fileExists(atPath: lessons + "/" + CourseMetadata.fileName) else {
            Console.error("\(lessons): error: no course here (no \(CourseMetadata.fileName)); run the command inside a course or pass --lessons DIR")
            throw ExitStatus.noInput
        }
        let liveCode = try GradingEnvironment.liveCode(isolation: isolation.isolation, lessons: lessons)
        let site = PreviewSite()
        let builder = PreviewBuilder(lessons: lessons, builder: SiteBuilder(liveCode: liveCode), site: site)
        builder.rebuild(reason: nil)

        let server = try PreviewServer(site: site, port: port)
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        let serving = Task {
            do {
                try await server.run()
            } catch is PreviewServer.PortInUse {
                outcome.set("error: port \(port) is in use by another program; pass --port N, or --port 0 for any free port")
            } catch {
                // Closing the socket on Ctrl-C ends `run` with an error too; that is a stop.
                if !outcome.isStopping && !(error is CancellationError) {
                    outcome.set("error: cannot serve on 127.0.0.1:\(port): \(error.localizedDescription)")
                }
            }
            finished.signal()
        }
        Task {
            if let actual = try? await server.listeningPort() {
                Console.out("Serving \(lessons) at http://127.0.0.1:\(actual)/ — pages reload when you save. Ctrl-C stops.")
            }
        }
        // Ctrl-C (and a polite kill) stop the server cleanly.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stopSources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                outcome.markStopping()
                Task { await server.stop(); serving.cancel() }
            }
            source.resume()
            return source
        }
        let watcher = Thread { builder.watch(until: { outcome.isDone }) }
        watcher.start()
        // The signal sources must live until the server stops: an optimised build released
        // them at their last use above, and Ctrl-C then did nothing.
        withExtendedLifetime(stopSources) { finished.wait() }
        outcome.markDone()
        if let message = outcome.message {
            Console.error(message)
            throw ExitStatus.cannotRun
        }
        Console.out("Stopped.")
    }
}

/// How serving ended, shared between the server task and the command's thread.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    private var done = false
    private var stopping = false
    var message: String? { lock.withLock { text } }
    var isDone: Bool { lock.withLock { done } }
    var isStopping: Bool { lock.withLock { stopping } }
    func set(_ message: String) { lock.withLock { text = message } }
    func markDone() { lock.withLock { done = true } }
    func markStopping() { lock.withLock { stopping = true } }
}

/// Rebuilds the site when a file under the lessons folder changes, and hands the result to
/// the server's ``PreviewSite``.
final class PreviewBuilder: @unchecked Sendable {
    let lessons: String
    let builder: SiteBuilder
    let site: PreviewSite
    /// The last good build's cache and files: a rebuild renders only the lessons that changed
    /// and takes the unchanged files from here.
    private var cache: BuildCache?
    private var files: [String: [UInt8]] = [:]

    init(lessons: String, builder: SiteBuilder, site: PreviewSite) {
        self.lessons = lessons
        self.builder = builder
        self.site = site
    }

    /// Builds once and publishes the outcome; `reason` names the file that changed.
    func rebuild(reason: String?) {
        let start = DispatchTime.now()
        let result: Result<SiteBuilder.Build, CourseError>
        do throws(CourseError) {
            let previous = cache
            let files = self.files
            result = .success(try builder.build(CourseLoader.load(lessonsPath: lessons, knownFrontMatter: previous?.knownFrontMatter),
                                                reusing: previous,
                                                isIntact: { path, key in previous?.key(ofFile: path) == key && files[path] != nil }))
        } catch {
            result = .failure(error)
        }
        let milliseconds = Int(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
        let published = DispatchSemaphore(value: 0)
        let site = self.site
        switch result {
        case .success(let build):
            var built = build.site.files
            for path in build.site.reused { built[path] = files[path] }
            files = built
            cache = build.cache
            for warning in build.warnings { Console.error(warning.warningDescription) }
            Task { await site.update(files: built); published.signal() }
            let pages = built.keys.filter { $0.hasSuffix(".html") }.count
            Console.out(reason.map { "Rebuilt \(pages) pages in \(milliseconds) ms (\($0) changed)." } ?? "Built \(pages) pages in \(milliseconds) ms.")
        case .failure(let error):
            Task { await site.fail(with: error.diagnostics.map(\.description)); published.signal() }
            Console.report(error)
            Console.out("The build failed; still serving the last good pages, with these problems shown on them.")
        }
        published.wait()
    }

    /// Watches every folder under the lessons folder (lesson text, exercises, images, theme,
    /// course.yml) and rebuilds after a save has settled, until `stop` says so.
    ///
    /// With inotify nothing is walked until a watched folder reports a change (walking a
    /// 1,000-lesson course twice a second kept a tenth of a core busy while idle); the folders
    /// are watched afresh after every report, so a new lesson folder is watched too. Without
    /// inotify the walk is the poll.
    func watch(until stop: () -> Bool) {
        var signal = FileChangeSignal(folders: Self.folders(under: lessons))
        var stamps = Self.stamps(under: lessons)
        while !stop() {
            let reported = signal.wait(seconds: 0.5)
            if signal.isEventDriven {
                guard reported else { continue }
                signal = FileChangeSignal(folders: Self.folders(under: lessons))
            }
            var current = Self.stamps(under: lessons)
            guard current != stamps else { continue }
            // Editors save in several writes: wait until nothing changed for a moment.
            while true {
                usleep(40_000)
                let again = Self.stamps(under: lessons)
                if again == current { break }
                current = again
            }
            let changed = current.filter { stamps[$0.key] != $0.value }.keys.sorted().first
                ?? stamps.keys.first { current[$0] == nil } ?? lessons
            stamps = current
            rebuild(reason: changed)
        }
    }

    static func folders(under root: String) -> [String] {
        var folders = [root]
        if let enumerator = FileManager.default.enumerator(atPath: root) {
            while let entry = enumerator.nextObject() as? String {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + entry, isDirectory: &isFolder), isFolder.boolValue {
                    folders.append(root + "/" + entry)
                }
            }
        }
        return folders
    }

    /// Modification time and size of every file under `root`, by path.
    static func stamps(under root: String) -> [String: String] {
        var stamps: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return stamps }
        while let entry = enumerator.nextObject() as? String {
            let path = root + "/" + entry
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            stamps[path] = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_size)"
        }
        return stamps
    }
}
