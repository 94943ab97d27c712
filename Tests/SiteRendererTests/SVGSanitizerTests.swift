@testable import SiteRenderer
import Testing

/// Figures are parsed by libxml2 and rebuilt from an allowlist (issue 11, item 2): every payload
/// that a text check let through, and every kind the allowlist leaves out, fails with a reason.
@Suite struct SVGSanitizerTests {
    static let head = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" role=\"img\"><title>T</title><desc>D</desc>"

    @Test func aPlotLikeFigureIsRebuiltWithSortedAttributesAndItsTitle() throws {
        let printed = """
        <svg xmlns="http://www.w3.org/2000/svg" class="course-plot" viewBox="0 0 640 340" width="100%" style="max-width:640px;height:auto" role="img" aria-labelledby="p-title p-desc" font-family="inherit" fill="currentColor">
        <title id="p-title">Angles &amp; pairs: θ_i</title>
        <desc id="p-desc">Two curves; x &lt; y.</desc>
        <defs><marker id="arrow" markerWidth="6" markerHeight="6" refX="3" refY="3" orient="auto"><path d="M0,0 L6,3 L0,6 z"/></marker></defs>
        <g transform="translate(40 10)"><path d="M0 0 L10 10" stroke="currentColor" marker-end="url(#arrow)"/><rect x="1" y="2" width="3" height="4" fill="url(#arrow)"/>
        <text x="1" y="2" text-anchor="middle">1 = one &#x3b8;</text><use href="#arrow"/></g>
        </svg>

        """
        let figure = try SVGSanitizer.sanitize(printed).get()
        #expect(figure.title == "Angles &amp; pairs: θ_i")
        #expect(figure.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"p-title p-desc\" class=\"course-plot\" fill=\"currentColor\""))
        #expect(figure.svg.contains("<text text-anchor=\"middle\" x=\"1\" y=\"2\">1 = one θ</text>"))
        #expect(figure.svg.contains("<desc id=\"p-desc\">Two curves; x &lt; y.</desc>"))
        #expect(figure.svg.hasSuffix("</g>\n</svg>"))
        // Rebuilding what was rebuilt changes nothing.
        #expect(try SVGSanitizer.sanitize(figure.svg).get() == figure)
    }

    @Test(arguments: [
        // The four payloads that passed the old text check (two ran script in Chromium).
        ("<svg/onload=alert(1)><title>T</title><desc>D</desc></svg>", "line 1:"),
        (head + "</svg><img src=x onerror=alert(1)>", "follows the closing </svg>"),
        (head + "<a href=java&#x73;cript:alert(1)>x</a></svg>", "malformed"),
        (head + "<a href=\"java&#x73;cript:alert(1)\">x</a></svg>", "<a> is not allowed"),
        (head + "<rect style=\"fill:url(https://evil.example/x)\"/></svg>", "url() of something outside"),
        (head + "<rect fill=\"url( 'https://evil.example/x' )\"/></svg>", "url() of something outside"),
        // What the allowlist leaves out.
        (head + "<script>alert(1)</script></svg>", "<script> is not allowed"),
        (head + "<foreignObject><div/></foreignObject></svg>", "<foreignObject> is not allowed"),
        (head + "<image href=\"https://x.org/a.png\"/></svg>", "must be a data:image/png;base64 URI"),
        (head + "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>", "must be a data:image/png;base64 URI"),
        (head + "<image href=\"data:image/png;base64,iVBO\" onload=\"x()\"/></svg>", "event-handler"),
        (head + "<image href=\"data:image/png;base64,iV&quot;BO\"/></svg>", "must be a data:image/png;base64 URI"),
        (head + "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>", "<animate> is not allowed"),
        (head + "<set attributeName=\"onclick\" to=\"alert(1)\"/></svg>", "<set> is not allowed"),
        (head + "<style>@import url(https://x.org/a.css);</style></svg>", "<style> is not allowed"),
        (head + "<rect onclick=\"alert(1)\"/></svg>", "event-handler attribute (onclick)"),
        (head + "<rect ONMOUSEOVER=\"alert(1)\"/></svg>", "event-handler attribute"),
        (head + "<use href=\"https://x.org/sprite.svg#a\"/></svg>", "may only refer to its own parts"),
        (head + "<use xlink:href=\"javascript:alert(1)\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/></svg>", "may only refer to its own parts"),
        (head + "<rect fill=\"java&#x73;cript:alert(1)\"/></svg>", "contains script"),
        (head + "<rect style=\"background:expression(alert(1))\"/></svg>", "contains script"),
        (head + "<rect style=\"fill:red;\\62 ackground:x\"/></svg>", "style with '\\'"),
        (head + "<rect data-x=\"1\"/></svg>", "the attribute 'data-x'"),
        (head + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>", "another namespace"),
        (head + "<?xml-stylesheet href=\"https://x.org/a.css\"?></svg>", "processing instruction"),
        ("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>" + head + "&a;</svg>", "<!DOCTYPE>"),
        (head + "<rect>", "not well-formed"),
        (head + "</svg>trailing text", "follows the closing"),
        ("<svg><rect/></svg>", "no <title> and <desc>"),
        ("<svg><g><title>T</title><desc>D</desc></g></svg>", "no <title> and <desc>"),
        ("plain text", "must print exactly one <svg>"),
        ("", "it printed nothing"),
    ])
    func refusedFiguresSayWhy(printed: String, message: String) {
        switch SVGSanitizer.sanitize(printed) {
        case .success(let figure): Issue.record("accepted: \(figure.svg)")
        case .failure(let problem): #expect(problem.message.contains(message), "\(problem.message)")
        }
    }

    @Test func aHeatmapsEmbeddedPNGIsKept() throws {
        let figure = try SVGSanitizer.sanitize(Self.head + "<image height=\"5\" href=\"data:image/png;base64,iVBORw0KGgo=\" style=\"image-rendering:pixelated\" width=\"5\"/></svg>").get()
        #expect(figure.svg.contains("<image height=\"5\" href=\"data:image/png;base64,iVBORw0KGgo=\" style=\"image-rendering:pixelated\" width=\"5\"/>"))
    }

    @Test func textOutsideTheRootIsRefusedButSurroundingWhitespaceIsNot() throws {
        #expect(throws: SVGSanitizer.Problem.self) { try SVGSanitizer.sanitize(Self.head + "</svg>\n<g/>").get() }
        _ = try SVGSanitizer.sanitize("\n  " + Self.head + "</svg>\n\n").get()
    }
}
