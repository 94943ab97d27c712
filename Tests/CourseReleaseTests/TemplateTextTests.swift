@testable import CourseRelease
import Testing

@Suite struct TemplateTextTests {
    @Test func fillsEachSlotOnceAndLeavesUnknownOnes() {
        let text = TemplateText.fill("# {{title}} — {{unknown}} {{lesson}}{{", ["{{title}}": "A {{lesson}} course", "{{lesson}}": "rotary"])
        #expect(text == "# A {{lesson}} course — {{unknown}} rotary{{")
    }

    @Test(arguments: [
        ("Swift version 6.0.3 (swift-6.0.3-RELEASE)", "6.0.3"),
        ("Swift version 6.3.1 (swift-6.3.1-RELEASE)", "6.3.1"),
        ("Swift version 6.2-dev (LLVM abc, Swift def)", nil),
        ("Apple Swift version 6.1 (swiftlang-6.1.0.110.21 clang-1700.0.13.3)", nil),
    ])
    func readsTheReleaseNumberOfTheCompiler(_ line: String, _ expected: String?) {
        #expect(AutograderBuilder.releaseNumber(inCompilerVersion: line) == expected)
    }
}
