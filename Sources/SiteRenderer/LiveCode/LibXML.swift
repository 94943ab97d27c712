import Foundation

/// One lock for every use of libxml2 in the process (Foundation's `XMLParser` and
/// `XMLDocument` on Linux). libxml2 keeps global state and is not safe to use from several
/// threads at once: parallel use corrupted the heap in our own test runs (lessons render in
/// parallel, and tests run in parallel), as it does in other projects' (swift-docc serialises
/// its libxml2 tests on Linux for the same reason). Figures are small, so the cost is nil.
public enum LibXML {
    private static let lock = NSLock()

    /// Runs `body` while no other thread uses libxml2 through this lock.
    public static func serialized<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
