import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses what a figure block printed with a real XML parser (libxml2, through Foundation's
/// `XMLParser`) and rebuilds it from an allowlist of SVG elements and attributes.
///
/// Pattern matching on the text cannot be made safe: `<svg/onload=…>`, a second element after
/// `</svg>`, or `java&#x73;cript:` all slip past string checks, and the browser's HTML parser
/// reads markup more leniently than any pattern. Here the page only ever receives markup this
/// type wrote itself from parsed names and decoded values, so it contains no byte the parser
/// did not understand. What the allowlist leaves out (script, foreignObject, images, links,
/// animation, style sheets, event handlers, references outside the figure) fails the build.
enum SVGSanitizer {
    /// A figure that passed: its markup rebuilt, and the text of its `<title>`, escaped.
    struct Figure: Equatable {
        let svg: String
        let title: String
    }

    /// The rebuilt figure, or what is wrong with it in words for the author.
    static func sanitize(_ printed: String) -> Result<Figure, Problem> {
        let trimmed = printed.trimmingCharacters(in: .whitespacesAndNewlines)
        // A document type declaration can define entities that expand without bound; figures
        // never need one.
        if trimmed.range(of: "<!DOCTYPE", options: .caseInsensitive) != nil || trimmed.range(of: "<!ENTITY", options: .caseInsensitive) != nil {
            return .failure(Problem("the figure has a <!DOCTYPE> or <!ENTITY> declaration; print the <svg> element alone"))
        }
        guard trimmed.hasPrefix("<svg") else {
            return .failure(Problem(
                "a figure block must print exactly one <svg>…</svg> (use CoursePlot's figure.svg()); it printed "
                    + (trimmed.isEmpty ? "nothing" : "'\(trimmed.prefix(40))…'")))
        }
        let builder = Builder()
        // libxml2 recovers from some errors and still returns true, so errors are collected
        // by the delegate, and any one of them rejects the figure.
        let finished = LibXML.serialized {
            let parser = XMLParser(data: Data(trimmed.utf8))
            parser.shouldProcessNamespaces = true
            parser.shouldReportNamespacePrefixes = false
            parser.shouldResolveExternalEntities = false
            parser.delegate = builder
            return parser.parse()
        }
        if let problem = builder.problem { return .failure(problem) }
        guard finished, builder.depth == 0, builder.rootCount == 1 else {
            return .failure(Problem("the figure's SVG is not well-formed XML (an element is not closed)"))
        }
        guard builder.hasTitle, builder.hasDescription else {
            return .failure(Problem("the figure has no <title> and <desc>; readers who cannot see it need them: give Figure a title and a description"))
        }
        return .success(Figure(svg: builder.markup, title: builder.title))
    }

    /// Why a figure was refused, for a diagnostic at its code block.
    struct Problem: Error, Equatable {
        let message: String
        init(_ message: String) { self.message = message }
    }

    static let svgNamespace = "http://www.w3.org/2000/svg"

    /// Elements that draw, group, label or define paint; nothing that loads, links, animates
    /// or embeds another language.
    static let elements: Set<String> = [
        "svg", "g", "defs", "symbol", "use", "title", "desc",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
        "marker", "clipPath", "mask", "linearGradient", "radialGradient", "stop", "pattern",
        // Only as an embedded PNG (a dense heatmap's cells): see `problem(attribute:value:element:)`.
        "image",
    ]

    /// Geometry, paint, text and accessibility attributes; `style` and references are
    /// checked further by value.
    static let attributes: Set<String> = [
        "id", "class", "role", "lang", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
        "viewBox", "preserveAspectRatio", "width", "height", "x", "y", "x1", "y1", "x2", "y2",
        "cx", "cy", "r", "rx", "ry", "fx", "fy", "d", "points", "transform", "dx", "dy", "rotate",
        "textLength", "lengthAdjust", "pathLength",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity",
        "color", "visibility", "display", "vector-effect", "paint-order", "shape-rendering", "text-rendering",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "letter-spacing", "word-spacing",
        "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "text-decoration", "writing-mode",
        "clip-path", "clip-rule", "mask", "marker-start", "marker-mid", "marker-end",
        "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color", "stop-opacity",
        "clipPathUnits", "maskUnits", "maskContentUnits", "patternUnits", "patternContentUnits", "patternTransform",
        "style", "href", "xlink:href", "xml:space",
    ]

    /// Nil when `value` may stand in attribute `name`; otherwise the reason it may not.
    static func problem(attribute name: String, value: String, element: String = "") -> String? {
        let squeezed = value.lowercased().filter { !$0.isWhitespace && !$0.isNewline }
        if element == "image" && (name == "href" || name == "xlink:href") {
            // A PNG inside the page: pixels cannot run script or fetch anything.
            let prefix = "data:image/png;base64,"
            let isPNG = value.hasPrefix(prefix) && value.dropFirst(prefix.count).utf8.allSatisfy {
                ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 43 || $0 == 47 || $0 == 61
            }
            return isPNG ? nil : "must be a data:image/png;base64 URI; figures embed pixels, never load them"
        }
        if name == "href" || name == "xlink:href" {
            let isFragment = value.hasPrefix("#") && value.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
            return isFragment ? nil : "refers to '\(value.prefix(40))'; a figure may only refer to its own parts ('#id')"
        }
        if squeezed.contains("javascript:") || squeezed.contains("expression(") {
            return "contains script ('\(value.prefix(40))')"
        }
        var rest = Substring(squeezed)
        while let open = rest.range(of: "url(") {
            rest = rest[open.upperBound...]
            let target = rest.drop { $0 == "\"" || $0 == "'" }
            guard target.hasPrefix("#") else {
                return "uses url() of something outside the figure ('\(value.prefix(40))'); only url(#id) is allowed"
            }
        }
        if name == "style" {
            // Declarations only, with plain values: no at-rules, escapes, quotes or comments.
            let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789#%.,()+-_:; ")
            if let bad = value.lowercased().first(where: { !allowed.contains($0) && !$0.isWhitespace }) {
                return "has a style with '\(bad)'; figure styles may only be plain 'property: value' declarations"
            }
        }
        return nil
    }

    /// Builds the rebuilt markup from parser events and records the first problem.
    private final class Builder: NSObject, XMLParserDelegate {
        var markup = ""
        var problem: Problem?
        var depth = 0
        var rootCount = 0
        var hasTitle = false
        var hasDescription = false
        var title = ""
        private var inRootTitle = false
        /// True while the last start tag lacks its `>`: an element with no content is written
        /// as `<path …/>`, as the plot writer does, which keeps heatmap-heavy pages light.
        private var startTagIsOpen = false

        private func closeStartTag() {
            if startTagIsOpen { markup += ">" }
            startTagIsOpen = false
        }

        private func fail(_ parser: XMLParser, _ message: String) {
            guard problem == nil else { return }
            problem = Problem("the figure's SVG, line \(parser.lineNumber): \(message)")
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            guard problem == nil else { return }
            if depth == 0 {
                rootCount += 1
                guard rootCount == 1, name == "svg" else {
                    return fail(parser, "<\(name)> after or instead of the root <svg>; print exactly one <svg> element")
                }
            }
            if let namespaceURI, !namespaceURI.isEmpty, namespaceURI != SVGSanitizer.svgNamespace {
                return fail(parser, "<\(qualifiedName ?? name)> is in another namespace (\(namespaceURI)); figures are plain SVG")
            }
            guard SVGSanitizer.elements.contains(name) else {
                return fail(parser, "<\(name)> is not allowed in a figure; figures may not embed scripts, links, images, animation, style sheets or foreign content")
            }
            closeStartTag()
            markup += "<" + name
            if depth == 0 { markup += " xmlns=\"\(SVGSanitizer.svgNamespace)\"" }
            // Attributes arrive in a dictionary; sorting keeps the page byte-identical across runs.
            for (attribute, value) in attributes.sorted(by: { $0.key < $1.key }) {
                if attribute.lowercased().hasPrefix("on") {
                    return fail(parser, "<\(name)> has an event-handler attribute (\(attribute)); figures may not run script")
                }
                guard SVGSanitizer.attributes.contains(attribute) else {
                    return fail(parser, "<\(name)> has the attribute '\(attribute)', which figures may not use")
                }
                if let reason = SVGSanitizer.problem(attribute: attribute, value: value, element: name) {
                    return fail(parser, "<\(name)> \(attribute) \(reason)")
                }
                markup += " " + attribute + "=\"" + Self.escape(value) + "\""
            }
            startTagIsOpen = true
            if depth == 1 && name == "title" { hasTitle = true; inRootTitle = true }
            if depth == 1 && name == "desc" { hasDescription = true }
            depth += 1
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard problem == nil else { return }
            depth -= 1
            if depth == 1 { inRootTitle = false }
            if startTagIsOpen {
                markup += "/>"
                startTagIsOpen = false
            } else {
                markup += "</" + name + ">"
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard problem == nil else { return }
            guard depth > 0 else {
                if !string.allSatisfy(\.isWhitespace) { fail(parser, "text outside the <svg> element; print the <svg> element alone") }
                return
            }
            closeStartTag()
            markup += Self.escape(string)
            if inRootTitle { title += Self.escape(string) }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            fail(parser, "a processing instruction (<?\(target) …?>) is not allowed in a figure")
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            fail(parser, describe(parseError, parser: parser))
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
            fail(parser, describe(validationError, parser: parser))
        }

        func describe(_ error: Error, parser: XMLParser) -> String {
            let code = (error as NSError).code
            // libxml2's codes for what authors most often get wrong.
            let what: String
            switch code {
            case 5 where depth == 0 && rootCount > 0:
                what = "something follows the closing </svg>; print the <svg> element alone"
            case 5: what = "the SVG ends before its elements are closed; the SVG is not well-formed XML"
            case 39, 40, 41, 65: what = "an attribute is malformed (its value must be quoted: name=\"value\")"
            case 73, 76, 77: what = "a tag is malformed or closed by the wrong name"
            case 68: what = "a name is malformed"
            case 26, 27: what = "an entity is undefined or malformed (write &amp; for &)"
            default: what = "the SVG is not well-formed XML"
            }
            return "\(what) (column \(parser.columnNumber), XML error \(code))"
        }

        /// Escapes text and attribute values for both XML and HTML, where the figure lands.
        static func escape(_ text: String) -> String {
            var result = ""
            result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"": result += "&quot;"
                case "'": result += "&#39;"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
    }
}
