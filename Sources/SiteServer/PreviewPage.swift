/// The HTML `course serve` adds to pages: a small script that waits for the next build and
/// reloads, and, after a failed build, its problems in a banner. Only served pages get these;
/// the site `course build` writes never does.
enum PreviewPage {
    static let scriptPath = "/__course/reload.js"
    static let waitPath = "/__course/wait"

    /// Long-polls the server for a version newer than the page's, then reloads; retries
    /// quietly while the server is away (a restart), and gives up when it is gone for good.
    static let script = """
        (function () {
          "use strict";
          var tag = document.currentScript;
          var version = Number(tag && tag.getAttribute("data-version")) || 0;
          var failures = 0;
          function wait() {
            fetch("\(waitPath)?version=" + version, { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (text) {
                failures = 0;
                var next = Number(text);
                if (next > version) { location.reload(); } else { wait(); }
              })
              .catch(function () { if (++failures < 60) setTimeout(wait, 1000); });
          }
          wait();
        })();

        """

    static func scriptTag(version: Int) -> String {
        "<script src=\"\(scriptPath)\" data-version=\"\(version)\"></script>"
    }

    /// The page with the reload script before `</body>` and, when the last build failed, a
    /// banner listing its problems right after `<body …>`.
    static func injecting(into page: String, problems: [String], version: Int) -> String {
        var page = page
        if !problems.isEmpty, let body = page.range(of: "<body"), let end = page[body.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: banner(problems), at: page.index(after: end))
        }
        let tag = scriptTag(version: version)
        if let close = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: tag, at: close.lowerBound)
        } else {
            page += tag
        }
        return page
    }

    /// A page of nothing but the problems, for when no build has succeeded yet.
    static func problems(_ problems: [String], version: Int) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · course serve</title></head>
        <body>\(banner(problems.isEmpty ? ["The site is being built…"] : problems))\(scriptTag(version: version))</body></html>

        """
    }

    private static func banner(_ problems: [String]) -> String {
        let items = problems.map { "<li>" + escape($0) + "</li>" }.joined()
        return "<div role=\"alert\" class=\"course-serve-problems\" style=\"margin:0;padding:1rem 1.25rem;background:#fff4f2;color:#7a1a0f;border-bottom:3px solid #c0392b;font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap\">"
            + "<strong style=\"font-family:system-ui,sans-serif\">The last build failed; showing the last good one. Fix these and save:</strong><ul style=\"margin:0.5rem 0 0;padding-left:1.2rem\">\(items)</ul></div>"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func contentType(for path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        default: return "application/octet-stream"
        }
    }
}
