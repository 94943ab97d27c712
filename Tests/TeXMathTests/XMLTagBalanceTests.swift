import Testing

/// The checker must reject broken markup, or the coverage tests that rely on it prove nothing.
@Suite struct XMLTagBalanceTests {
    @Test(arguments: [
        "<math><mi>x</mi></math>",
        "<math display=\"block\"><mspace width=\"1em\"/><mo>&lt;</mo></math>",
        "<math><mtext>a &amp; b &quot;c&quot;</mtext></math>",
    ])
    func acceptsWellFormedMarkup(_ markup: String) {
        #expect(XMLTagBalance.problem(in: markup) == nil)
    }

    @Test(arguments: [
        ("<math><mi>x</math>", "while <mi> is open"),
        ("<math><mi>x</mi>", "<math> is never closed"),
        ("<math></mi></math>", "while <math> is open"),
        ("<math><mo><</mo></math>", "bad tag name"),
        ("<math><mo>a & b</mo></math>", "entity"),
        ("<math><mo>&nbsp;</mo></math>", "unexpected entity"),
        ("<math><mo>a > b</mo></math>", "bare '>'"),
        ("<math width=1em></math>", "not quoted"),
        ("<math></math><math></math>", "second root"),
        ("x<math></math>", "text outside"),
        ("", "no element"),
    ])
    func rejectsBrokenMarkup(_ markup: String, _ expectedProblem: String) throws {
        let problem = try #require(XMLTagBalance.problem(in: markup))
        #expect(problem.contains(expectedProblem), "got: \(problem)")
    }
}
