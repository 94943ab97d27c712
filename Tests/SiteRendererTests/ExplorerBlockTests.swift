@testable import SiteRenderer
import Testing

/// ```` ```explorer NAME ```` blocks: parameters checked against the catalogue, problems at
/// their line (issue 10, item 5).
@Suite struct ExplorerBlockTests {
    @Test func anExplorerBecomesAHiddenContainerWithEveryParameter() throws {
        let output = try html("## A\n\n```explorer rope\nbase: 500\nm: 2\n```\n")
        #expect(output.contains(#"<div class="explorer" data-explorer="rope" data-parameters="{&quot;dimension&quot;:64,&quot;base&quot;:500,&quot;pair&quot;:0,&quot;m&quot;:2,&quot;n&quot;:7}" hidden></div>"#), "\(output)")
        let buckets = try html("## A\n\n```explorer t5-buckets\nbidirectional: false\n```\n")
        #expect(buckets.contains(#"&quot;bidirectional&quot;:false"#))
        // Numbers are written as parsed, so the JSON stays valid whatever the spelling.
        let spelled = try html("## A\n\n```explorer rope\nbase: +5.e2\n```\n")
        #expect(spelled.contains(#"&quot;base&quot;:500,"#), "\(spelled)")
    }

    @Test(arguments: [
        ("```explorer\n```\n", 2, "an explorer block names its explorer"),
        ("```explorer spiral\n```\n", 2, "there is no explorer 'spiral'; the explorers are rope, sinusoid, t5-buckets"),
        ("```explorer rope\nbase: 500\nangle: 3\n```\n", 4, "the 'rope' explorer has no parameter 'angle'"),
        ("```explorer rope\ndimension: 63\n```\n", 3, "'dimension' must be even"),
        ("```explorer rope\nm: -1\n```\n", 3, "'m' (the query's position) must be a whole number from 0 to 100000; it is '-1'"),
        ("```explorer rope\nbase: lots\n```\n", 3, "'base' (the frequency base) must be a number"),
        ("```explorer rope\ndimension: 8\npair: 4\n```\n", 4, "'pair' must be below dimension / 2 = 4"),
        ("```explorer t5-buckets\nbidirectional: maybe\n```\n", 3, "must be true or false"),
        ("```explorer sinusoid\n- a list\n```\n", 3, "'name: value' lines"),
        ("```explorer t5-buckets\nbuckets: 3\n```\n", 3, "'buckets' is too small"),
        ("```explorer t5-buckets\nbidirectional: false\nmax_distance: 16\n```\n", 4, "'max_distance' must exceed the exact range (16 with these buckets)"),
    ] as [(String, Int, String)])
    func badExplorerBlocksAreErrorsAtTheirLine(block: String, lineInBody: Int, message: String) throws {
        let found = try problems("## A\n\n" + block)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("\(firstBodyLine + lineInBody):1: ") == true, "\(found)")
        #expect(found.first?.contains(message) == true, "\(found)")
    }
}
