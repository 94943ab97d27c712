import ContentHash
import Foundation

/// Decides where each link in a lesson points on the site, or why it cannot.
///
/// Links between lessons are written as paths to Markdown files
/// (`../02-binary/lesson.md#bit-flips`) so they also work when reading the sources on a
/// forge; on the site they become links between pages (`02-binary.html#bit-flips`).
struct LinkResolver: Sendable {
    /// What a link destination turned out to be.
    enum Resolution: Equatable {
        /// Use this `href`.
        case href(String)
        /// Drop the link and keep its text: the destination could run script.
        case dropped
        /// The link is broken; the message says how to fix it.
        case broken(String)
    }

    /// A page of the site and the ids its headings have.
    struct Page: Sendable {
        let fileName: String
        let ids: Set<String>
    }

    /// Pages by normalised lesson folder path.
    let pagesByFolder: [String: Page]

    /// Resolves `destination`, written in the lesson whose folder is `folderPath` and whose
    /// own page is `currentPage`.
    func resolve(_ destination: String, fromFolder folderPath: String, currentPage: Page) -> Resolution {
        var linkedPage: String?
        return resolve(destination, fromFolder: folderPath, currentPage: currentPage, linkedPage: &linkedPage)
    }

    /// Resolves `destination` and sets `linkedPage` to the other lesson it names, if any, as
    /// ``Dependency/key(folder:fragment:)``: the rendered link depends on that lesson's page
    /// and on whether it has that id (the build cache's dependencies).
    func resolve(_ destination: String, fromFolder folderPath: String, currentPage: Page,
                 linkedPage: inout String?) -> Resolution {
        // Foundation's trimming only when there is something to trim: most links have none.
        let trimmed = Self.startsAndEndsVisibly(destination) ? destination : destination.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .broken("the link has no destination; write [text](../NN-slug/lesson.md) or a full URL") }
        if let scheme = Self.scheme(of: trimmed) {
            return Self.unsafeSchemes.contains(scheme) ? .dropped : .href(trimmed)
        }
        if trimmed.hasPrefix("//") {
            return .broken("protocol-relative links do not work from a file; write the URL with https://")
        }
        let (path, fragment) = Self.split(trimmed)
        if path.isEmpty {
            guard let fragment else { return .href(trimmed) }
            return currentPage.ids.contains(fragment)
                ? .href("#" + fragment)
                : .broken("no heading with id '\(fragment)' in this lesson; headings get ids from their words, like '#the-2-d-case'")
        }
        let decoded = path.utf8.contains(0x25) ? path.removingPercentEncoding ?? path : path
        var target = Self.normalize(folderPath + "/" + decoded)
        if target.hasSuffix("/lesson.md") { target.removeLast("/lesson.md".count) }
        guard let page = pagesByFolder[target] else {
            return .broken("'\(path)' is not a lesson of this course; link to another lesson as ../NN-slug/lesson.md, or use a full https:// URL")
        }
        linkedPage = Dependency.key(folder: target, fragment: fragment)
        guard let fragment else { return .href(page.fileName) }
        guard page.ids.contains(fragment) else {
            return .broken("the lesson '\(path)' has no heading with id '\(fragment)'; check the heading's words")
        }
        return .href(page.fileName + "#" + fragment)
    }

    /// A link from one lesson into another, as the build cache records it.
    enum Dependency {
        /// The folder and the fragment, kept apart by a character no path or id holds.
        static func key(folder: String, fragment: String?) -> String {
            folder + "\u{0}" + (fragment ?? "")
        }

        /// What such a link resolves to now: the page's file name and whether it has the id.
        static func fingerprint(of key: String, in pages: [String: Page]) -> Fingerprint {
            let parts = key.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
            guard let page = pages[String(parts[0])] else { return FileDigest.unreadable }
            let fragment = parts.count > 1 ? String(parts[1]) : ""
            var hasher = Fingerprinter()
            hasher.append(page.fileName)
            hasher.append(fragment)
            hasher.append(fragment.isEmpty || page.ids.contains(fragment))
            return hasher.finalize()
        }
    }

    /// Whether the first and last bytes are printable ASCII other than a space, so there is
    /// nothing to trim.
    private static func startsAndEndsVisibly(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
    }

    /// Schemes that run code when followed; their links are dropped, not rendered.
    static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// The lowercase scheme of an absolute URL, or nil for a relative reference.
    ///
    /// Browsers ignore ASCII whitespace and control characters inside a scheme
    /// (`java\tscript:`), so they are skipped here too before deciding.
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if scalar.value < 0x21 { continue }
            guard scalar.properties.isAlphabetic && scalar.isASCII
                    || (!scheme.isEmpty && (("0"..."9").contains(Character(scalar)) || "+-.".unicodeScalars.contains(scalar))) else {
                return nil
            }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    static func split(_ reference: String) -> (path: String, fragment: String?) {
        guard let hash = reference.utf8.firstIndex(of: 0x23) else { return (reference, nil) }
        let fragment = String(reference[reference.utf8.index(after: hash)...])
        return (String(reference[..<hash]), fragment.utf8.contains(0x25) ? fragment.removingPercentEncoding ?? fragment : fragment)
    }

    /// Resolves `.` and `..` components and drops empty ones and a trailing slash.
    ///
    /// On UTF-8 bytes: `/` and `.` are ASCII, and splitting by Characters (grapheme breaking)
    /// made resolving a link cost as much as rendering a paragraph.
    static func normalize(_ path: String) -> String {
        var parts: [ArraySlice<UInt8>] = []
        let bytes = Array(path.utf8)
        for component in bytes.split(separator: 0x2F, omittingEmptySubsequences: true) {
            if component.elementsEqual([0x2E]) { continue }
            if component.elementsEqual([0x2E, 0x2E]) {
                if let last = parts.last, !last.elementsEqual([0x2E, 0x2E]) { parts.removeLast() } else { parts.append(component) }
                continue
            }
            parts.append(component)
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        if bytes.first == 0x2F { joined.append(0x2F) }
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append(0x2F) }
            joined += part
        }
        return String(decoding: joined, as: UTF8.self)
    }
}
