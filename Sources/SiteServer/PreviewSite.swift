import Foundation

/// What `course serve` shows: the last site that built, the problems of the last build if
/// it failed, and a version that changes with every rebuild so open pages know to reload.
///
/// Pages are served from memory, never written to disk, so previewing never touches `site/`.
public actor PreviewSite {
    /// Site-relative path → bytes of the last good build (nil before the first one).
    private var files: [String: [UInt8]]?
    /// The last build's problems, one `path:line:col: error: …` per line; empty when it built.
    private var problems: [String] = []
    public private(set) var version = 0
    private var waiters: [(after: Int, continuation: CheckedContinuation<Int, Never>)] = []
    /// Set when the server stops: no long poll waits any more.
    private var isClosed = false

    public init() {}

    /// Answers every waiting long poll now and every later one at once, so stopping the
    /// server does not wait for open pages' polls to time out.
    public func close() {
        isClosed = true
        for waiter in waiters { waiter.continuation.resume(returning: version) }
        waiters = []
    }

    /// A build succeeded: serve its files from now on.
    public func update(files: [String: [UInt8]]) {
        self.files = files
        problems = []
        bump()
    }

    /// A build failed: keep serving the last good site, with these problems shown on every page.
    public func fail(with problems: [String]) {
        self.problems = problems
        bump()
    }

    private func bump() {
        version += 1
        let ready = waiters.filter { $0.after < version }
        waiters.removeAll { $0.after < version }
        for waiter in ready { waiter.continuation.resume(returning: version) }
    }

    /// The current version once it is past `after`, or after `timeout` seconds (then the
    /// current version, unchanged): the long poll behind live reload.
    public func version(after: Int, timeout: Double) async -> Int {
        if version > after || isClosed { return version }
        let timer = Task { [weak self] in
            try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
            await self?.expire(after: after)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            waiters.append((after, continuation))
        }
    }

    private func expire(after: Int) {
        let expired = waiters.filter { $0.after == after }
        waiters.removeAll { $0.after == after }
        for waiter in expired { waiter.continuation.resume(returning: version) }
    }

    /// The response for a site path: a file, a page with the reload script (and the last
    /// build's problems on top), or nil when there is no such file.
    public func response(for requestPath: String) -> (contentType: String, body: [UInt8])? {
        var path = requestPath.removingPercentEncoding ?? requestPath
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        guard let files else {
            // Nothing ever built: every page is the list of problems.
            return path.hasSuffix(".html") ? ("text/html; charset=utf-8", Array(PreviewPage.problems(problems, version: version).utf8)) : nil
        }
        guard let bytes = files[path] else { return nil }
        let type = PreviewPage.contentType(for: path)
        guard path.hasSuffix(".html") else { return (type, bytes) }
        let page = String(decoding: bytes, as: UTF8.self)
        return (type, Array(PreviewPage.injecting(into: page, problems: problems, version: version).utf8))
    }
}
