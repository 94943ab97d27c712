import CoursePlot
import Foundation
import Testing

/// Golden-file tests: each plot kind's SVG must match `Snapshots/<name>.svg` byte for byte.
///
/// Re-record after an intended change with `COURSE_RECORD_SNAPSHOTS=1 swift test`, look at the
/// figures (see `Snapshots/README.md`), and review the diff like any other change.
@Suite struct SnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var isRecording: Bool { ProcessInfo.processInfo.environment["COURSE_RECORD_SNAPSHOTS"] == "1" }

    @Test(arguments: Fixtures.names)
    func figureMatchesSnapshot(name: String) throws {
        let actual = Fixtures.figure(name).svg() + "\n"
        let golden = Self.snapshots.appendingPathComponent(name + ".svg")
        if Self.isRecording {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "\(name).svg differs from its snapshot; if the change is intended, re-record with COURSE_RECORD_SNAPSHOTS=1")
    }

    @Test(arguments: Fixtures.names)
    func figureIsDeterministic(name: String) {
        #expect(Fixtures.figure(name).svg() == Fixtures.figure(name).svg())
    }
}
