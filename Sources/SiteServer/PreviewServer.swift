import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `course serve`: FlyingFox on 127.0.0.1 only, serving a ``PreviewSite``.
///
/// FlyingFox was chosen for its size: an async HTTP/1.1 server with no dependencies of its own
/// (about 20 s of a clean debug build here, against minutes for Hummingbird or SwiftNIO, which
/// bring SwiftNIO's whole stack for what is one loopback port and three routes).
public final class PreviewServer: Sendable {
    private let server: HTTPServer
    public let site: PreviewSite

    /// A server for `site` on 127.0.0.1:`port` (0: any free port); call ``run()``.
    public init(site: PreviewSite, port: UInt16) throws {
        self.site = site
        // 127.0.0.1 exactly: FlyingFox's `.loopback` is IPv6's ::1.
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
    }

    /// Serves until the task is cancelled or ``stop()`` is called; throws when the port
    /// cannot be had (``PortInUse`` when another program holds it).
    public func run() async throws {
        await server.appendRoute(HTTPRoute(method: .GET, path: PreviewPage.scriptPath)) { _ in
            let headers: HTTPHeaders = [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .ok, headers: headers, body: Data(PreviewPage.script.utf8))
        }
        let site = self.site
        await server.appendRoute(HTTPRoute(method: .GET, path: PreviewPage.waitPath)) { request in
            let asked: String? = request.query.first { $0.name == "version" }?.value
            let after: Int = asked.flatMap { Int($0) } ?? 0
            let version: Int = await site.version(after: after, timeout: 25)
            let headers: HTTPHeaders = [.contentType: "text/plain", .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .ok, headers: headers, body: Data(String(version).utf8))
        }
        await server.appendRoute(HTTPRoute(method: .GET, path: "*")) { request in
            guard let (type, body) = await site.response(for: request.path) else {
                let headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
                return HTTPResponse(statusCode: .notFound, headers: headers, body: Data("Not found: \(request.path)\n".utf8))
            }
            let headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .ok, headers: headers, body: Data(body))
        }
        do {
            try await server.run()
        } catch let error as SocketError {
            if case .failed(_, let errno, _) = error, errno == EADDRINUSE { throw PortInUse() }
            throw error
        }
    }

    /// The port the server listens on, once it does (the one chosen when asked for port 0).
    public func listeningPort() async throws -> UInt16? {
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port) = await server.listeningAddress else { return nil }
        return port
    }

    public func stop() async {
        await site.close()
        await server.stop(timeout: 1)
    }

    /// Another program listens on the port asked for.
    public struct PortInUse: Error {}
}
