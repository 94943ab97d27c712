import Gradebook
import Testing

@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("Smith, Alice", "\"Smith, Alice\""), ("O\"Neil", "\"O\"\"Neil\""),
        ("two\nlines", "\"two\nlines\""), ("cr\r\nlf", "\"cr\r\nlf\""), (" padded", "\" padded\""), ("Zoë", "Zoë"),
        // Never a formula in a spreadsheet.
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1", "'+1"), ("-2", "'-2"), ("@sum", "'@sum"),
        ("\tx", "'\tx"), ("a=b", "a=b"),
    ])
    func fieldsAreQuotedOnlyWhenTheyMustBe(text: String, field: String) {
        #expect(GradebookCSV.field(text) == field)
    }

    @Test(arguments: [
        (5.0, "5"), (0, "0"), (2.5, "2.5"), (0.1 + 0.2, "0.3"), (1.0 / 3, "0.3333"), (2.0 / 3, "0.6667"),
        (-1.25, "-1.25"), (1e-9, "0"), (-1e-9, "0"), (123456789, "123456789"), (.nan, "0"), (0.00005, "0.0001"),
    ])
    func pointsHaveOneSpelling(value: Double, text: String) {
        #expect(PointsFormat.text(value) == text)
    }

    @Test func twoDecimalsForMeans() {
        #expect(PointsFormat.text(1.875, decimals: 2) == "1.88")
        #expect(PointsFormat.text(3, decimals: 2) == "3")
    }

    @Test func theGradebookIsOneRowPerLearnerInFolderOrder() {
        let gradebook = Fixtures.gradebook()
        #expect(GradebookCSV.render(gradebook) == """
            folder,id,name,basics/scale,basics/shift,total,max
            alice,s1,"Smith, Alice",5,2.5,7.5,8
            bob,s2,Bob,1,0,1,8
            carol,s2,Carol,0,0,0,8

            """)
    }

    @Test func theMaximumComesFromTheLearnersWhereTheSolutionDidNotPass() {
        var gradebook = Fixtures.gradebook()
        var context = gradebook.context
        context.exercises[1].maxPoints = 0
        gradebook = Gradebook(context: context, records: gradebook.records)
        #expect(gradebook.maxima == [5, 3])
    }
}
