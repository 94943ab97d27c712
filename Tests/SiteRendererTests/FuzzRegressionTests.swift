import Foundation
import Testing
import CourseModel
import SiteRenderer

/// Renders every Markdown input of the regression corpus through the fragment path that the
/// fuzz target drives (`FragmentRenderer.render(markdown:path:)`): what `scripts/fuzz` found and
/// hand-made hostile inputs (`hostile-…`). A `CourseError` is a fine answer; a crash, a hang or
/// runaway memory is the bug. Inputs that still crash the renderer wait in
/// `Fuzzing/KnownCrashes/` (ARCHITECTURE.md, "Fuzzing"), since a crash would end the whole run.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions/markdown")

    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.inputs.count >= 20, "expected the corpus in \(Self.folder.path)")
    }

    @Test(arguments: inputs)
    func rendersWithoutCrashing(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let markdown = String(decoding: bytes, as: UTF8.self)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            do throws(CourseError) {
                _ = try FragmentRenderer.render(markdown: markdown, path: "fuzz/" + name)
            } catch {
                // Every problem names the file, so an author can find it.
                #expect(!error.diagnostics.isEmpty)
            }
        }
        #expect(elapsed < .seconds(20), "\(name) took \(elapsed)")
    }
}
