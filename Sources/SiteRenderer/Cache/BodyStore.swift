import ContentHash
import Foundation

/// The build cache's file of rendered lesson bodies: HTML and search entries, appended as
/// lessons are rendered and read back only when a page must be re-assembled.
///
/// Keeping bodies (~20 KB a lesson) out of the cache's index means an incremental build of a
/// 1,000-lesson course reads and writes ~1 MB of index instead of ~25 MB. The file starts
/// with a random generation number that the index names; a body file of another generation
/// (rewritten by a compaction, or by another build) makes the index unusable, never wrong.
final class BodyStore: @unchecked Sendable {
    /// Where a body's bytes are, and their fingerprint, checked on every read.
    struct Reference: Sendable, Hashable {
        let offset: Int
        let count: Int
        let fingerprint: Fingerprint
    }

    static let headerCount = 16
    let path: String
    let generation: Fingerprint
    private let descriptor: Int32

    private init(path: String, generation: Fingerprint, descriptor: Int32) {
        self.path = path
        self.generation = generation
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Opens the body file at `path` if it is of `generation`.
    static func open(_ path: String, generation: Fingerprint) -> BodyStore? {
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var header = [UInt8](repeating: 0, count: headerCount)
        let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, headerCount, 0) }
        var reader = CacheReader(header)
        guard count == headerCount, (try? reader.readFingerprint()) == generation else {
            close(descriptor)
            return nil
        }
        return BodyStore(path: path, generation: generation, descriptor: descriptor)
    }

    /// The bytes at `reference`, or nil when the file no longer holds them intact.
    func read(_ reference: Reference) -> [UInt8]? {
        guard reference.offset >= Self.headerCount, reference.count >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: reference.count)
        var done = 0
        while done < reference.count {
            let count = bytes[done...].withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(reference.offset + done)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return Fingerprint.of(bytes) == reference.fingerprint ? bytes : nil
    }

    /// The size of the file now.
    var size: Int {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }
}

/// Appends bodies to a body file: the one an index was read with, or a new generation. Bodies
/// go to disk a megabyte at a time, so saving a large course's cache holds no copy of it.
final class BodyAppender {
    let generation: Fingerprint
    private let path: String
    /// The file written: `path` itself when continuing, a temporary beside it when new.
    private let writtenPath: String
    private let isNew: Bool
    /// Where the next body goes.
    private var end: Int
    private var pending: [UInt8] = []
    private var descriptor: Int32 = -1
    private var failure: SiteWriteError?

    /// Continues the file of `store`, whose size is `size`.
    init(continuing store: BodyStore, size: Int) {
        generation = store.generation
        path = store.path
        writtenPath = store.path
        end = size
        isNew = false
    }

    /// Starts a new file of a new generation at `path`.
    init(newAt path: String) {
        var random = SystemRandomNumberGenerator()
        generation = Fingerprint(high: random.next(), low: random.next())
        self.path = path
        writtenPath = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        var header = CacheWriter()
        header.write(generation)
        pending = header.bytes
        end = pending.count
        isNew = true
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if isNew { unlink(writtenPath) }
    }

    /// Queues `bytes` and returns where they will be.
    func append(_ bytes: some Collection<UInt8>) -> BodyStore.Reference {
        let reference = BodyStore.Reference(offset: end, count: bytes.count, fingerprint: Fingerprint.of(bytes))
        pending += bytes
        end += bytes.count
        if pending.count >= 1 << 20 { flush() }
        return reference
    }

    private func flush() {
        guard failure == nil, !pending.isEmpty else { return }
        if descriptor < 0 {
            descriptor = isNew ? open(writtenPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
                               : open(writtenPath, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard descriptor >= 0 else {
                failure = .fileSystem(path: writtenPath, reason: String(cString: strerror(errno)))
                return
            }
        }
        var offset = 0
        while offset < pending.count {
            let written = pending[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                failure = .fileSystem(path: writtenPath, reason: String(cString: strerror(errno)))
                return
            }
            offset += written
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes what is left; a new file is then renamed into place, so a reader of the old
    /// generation never sees a mix.
    func finish() throws(SiteWriteError) {
        flush()
        if let failure { throw failure }
        if descriptor >= 0 {
            if close(descriptor) != 0 { descriptor = -1; throw .fileSystem(path: writtenPath, reason: String(cString: strerror(errno))) }
            descriptor = -1
        }
        if isNew, rename(writtenPath, path) != 0 {
            throw .fileSystem(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// Bytes of a lesson body: in memory (just rendered), or in the body file (from the cache).
enum BodyBytes: Sendable {
    case memory(ArraySlice<UInt8>)
    case stored(BodyStore.Reference, BodyStore)

    init(_ text: String) {
        self = .memory(Array(text.utf8)[...])
    }

    /// The bytes, or nil when the body file no longer holds them.
    func load() -> ArraySlice<UInt8>? {
        switch self {
        case .memory(let bytes): bytes
        case .stored(let reference, let store): store.read(reference)?[...]
        }
    }

    var count: Int {
        switch self {
        case .memory(let bytes): bytes.count
        case .stored(let reference, _): reference.count
        }
    }

    var isInMemory: Bool {
        if case .memory = self { true } else { false }
    }
}
