import Foundation
import Testing
import TeXMath

/// Renders every input of the TeX regression corpus: what `scripts/fuzz` found (crashes,
/// timeouts, runaway memory) and hand-made hostile inputs (`hostile-…`: deep nesting past the
/// limit, unbalanced environments, huge inputs). Each file is one fuzz input: a first byte
/// choosing the mode (odd: display), then the TeX. An error is a fine answer; a crash or a hang
/// is the bug this guards against.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions/tex")

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
        guard let mode = bytes.first else { return }
        let tex = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            do throws(MathError) {
                let mathML = try MathRenderer.render(tex, display: mode & 1 == 1).mathML
                #expect(XMLTagBalance.problem(in: mathML) == nil)
            } catch {
                #expect(error.line >= 1 && error.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
        #expect(elapsed < .seconds(10), "\(name) took \(elapsed)")
    }

    /// The hand-made inputs' outcomes that matter: the limit is exact, and a deep input fails
    /// with the nesting error rather than something incidental.
    @Test func nestingInputsEndAsDocumented() throws {
        func render(_ name: String) throws -> Result<RenderedMath, MathError> {
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let tex = String(decoding: bytes.dropFirst(), as: UTF8.self)
            do throws(MathError) { return .success(try MathRenderer.render(tex, display: true)) } catch { return .failure(error) }
        }
        #expect((try? render("hostile-braces-1000").get()) != nil)
        for name in ["hostile-braces-1001", "hostile-left-right-2000", "hostile-pmatrix-1500", "hostile-frac-chain-5000",
                     "hostile-text-dollar-2000", "hostile-sqrt-degree-1500", "hostile-braces-unclosed-30000"] {
            guard case .failure(let error) = try render(name) else {
                Issue.record("\(name) rendered")
                continue
            }
            #expect(error.message.contains("nested too deeply (more than 1000 levels"), "\(name): \(error)")
        }
    }
}
