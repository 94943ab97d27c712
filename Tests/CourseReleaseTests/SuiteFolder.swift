import Foundation

/// A temporary folder shared by a suite's tests (one release, one unpacked autograder),
/// removed when the test process exits: a static is never deinitialised, so a
/// `TemporaryFolder` held by one would stay behind.
enum SuiteFolder {
    nonisolated(unsafe) private static var paths: [String] = []
    private static let lock = NSLock()

    /// A new empty folder, removed at exit.
    static func make() throws -> String {
        let path = NSTemporaryDirectory() + "course-release-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        lock.withLock {
            if paths.isEmpty { atexit { SuiteFolder.removeAll() } }
            paths.append(path)
        }
        return path
    }

    private static func removeAll() {
        for path in lock.withLock({ paths }) { try? FileManager.default.removeItem(atPath: path) }
    }
}

/// Why a suite's shared set-up failed, for every test that needs it.
struct SetupFailure: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}
