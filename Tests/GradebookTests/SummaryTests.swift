import Gradebook
import Testing

@Suite struct SummaryTests {
    @Test func passRatesMeansCommonestFailureOutcomesAndNotes() {
        #expect(GradebookSummary.render(Fixtures.gradebook()) == """
            Gradebook: 3 learners, 2 exercises.

            exercise      passed        mean points  most common failing check
            basics/scale  1 of 3 (33%)  2 of 5       doubles (1 learner)
            basics/shift  0 of 3 (0%)   0.83 of 3    wraps around (2 learners)
            all           0 of 3 (0%)   2.83 of 8

            Outcomes
              basics/scale  1 passed · 1 failed · 1 compile error
              basics/shift  2 failed · 1 not submitted

            Notes
              roster.csv: warning: a note

            """)
    }

    @Test func anEmptyClassStillSummarises() {
        let gradebook = Gradebook(context: Fixtures.context(learners: [], notes: []), records: [])
        #expect(GradebookSummary.render(gradebook).contains("basics/scale  0 of 0  0 of 5       —\n"))
    }
}
