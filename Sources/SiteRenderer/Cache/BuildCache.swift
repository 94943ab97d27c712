import ContentHash
import CourseModel
import Foundation

/// What one build leaves for the next, so that a lesson whose inputs did not change is neither
/// parsed nor rendered again, and a site file whose inputs did not change is not rewritten.
///
/// Everything is keyed by content (``Fingerprint``s of the inputs), never by dates: a record
/// is used only when the fingerprints of everything that went into it are those of now.
/// - A lesson's *input key* covers the build environment (the `course` binary, `course.yml`,
///   the live-code environment), the lesson's folder, the text of `lesson.md` and its exercises.
/// - Its *output key* adds what rendering read: the files (starter code, statements,
///   images) and the ids of the pages it links to, each by fingerprint.
/// - Every site file has a key of its own (a page: its lesson's output key and the
///   navigation; an image: its bytes), and ``writtenSite`` says which file of the written
///   site holds it, so the writer can hard-link it instead of writing it again.
public struct BuildCache: Sendable {
    /// The build environment this cache was made in; a cache from another is ignored whole.
    let environment: Fingerprint
    /// The `course` binary that made it (``ToolIdentity``), also part of `environment`.
    var tool = ToolIdentity.current
    /// What each lesson's last successful render produced, by lesson folder name.
    var lessons: [String: LessonRecord]
    /// The key of every file of the built site, by site path.
    var fileKeys: [String: Fingerprint]
    /// Where the site was written and the identity of each file written there; set by the
    /// command that wrote it.
    public var writtenSite: WrittenSite?

    /// The front matter read from the lesson text with this fingerprint, for
    /// ``CourseLoader/load(lessonsPath:workspacePath:knownFrontMatter:)``.
    /// Only a cache made by this very `course` binary answers: another may read front matter
    /// by other rules (a new required key), and the loader must then read the YAML itself.
    public var knownFrontMatter: CourseLoader.KnownFrontMatter {
        guard tool == ToolIdentity.current else { return { _ in nil } }
        let bySource = Dictionary(lessons.values.map { ($0.sourceDigest, $0.frontMatter) }, uniquingKeysWith: { first, _ in first })
        return { bySource[$0] }
    }

    /// How many lessons the build that made this cache had.
    public var lessonCount: Int { lessons.count }

    /// The key of the site file at `path` in the build that made this cache.
    public func key(ofFile path: String) -> Fingerprint? { fileKeys[path] }

    /// Whether a site file's key is unchanged and its written copy intact: the files a build
    /// with this cache may take from `writtenSite` rather than write again.
    /// `folder` is where the new site goes: files are reused only from that very folder.
    public func intactFiles(inFolder folder: String) -> (String, Fingerprint) -> Bool {
        guard let writtenSite, ImageCollector.resolvedPath(folder) == writtenSite.folder else { return { _, _ in false } }
        let handle = FolderHandle(writtenSite.folder)
        return { path, key in
            guard fileKeys[path] == key, let stamp = writtenSite.stamps[path] else { return false }
            return FileStamp(path, in: handle) == stamp
        }
    }
}

/// One lesson's last successful render and everything it depended on.
struct LessonRecord: Sendable {
    let sourceDigest: Fingerprint
    let inputKey: Fingerprint
    let frontMatter: LessonFrontMatter
    /// The body's headings, so links into the lesson are checked without parsing it.
    let headings: [LessonOutline.Heading]
    /// Files read while rendering, with the fingerprint of what was read.
    let files: [Dependency]
    /// Links into other lessons (``LinkResolver/Dependency``), with the fingerprint of what
    /// each resolved to.
    let pages: [Dependency]
    let outputKey: Fingerprint
    let body: RenderedBody

    struct Dependency: Sendable, Hashable {
        let name: String
        let fingerprint: Fingerprint
    }
}

/// What a lesson's page is made from, as kept in the cache.
struct RenderedBody: Sendable {
    /// Kept as bytes (a slice of the loaded cache): a page that need not be re-assembled
    /// never decodes its body.
    var html: BodyBytes
    var tableOfContents: [LessonOutline.Heading]
    var searchEntries: BodyBytes
    var frontMatter: RenderedFrontMatter
    /// The images the body shows: site path and the file it was copied from.
    var images: [Image]
    /// Problems that do not stop the build (placeholders left, bare URLs), shown again on
    /// every build until fixed, as if the lesson had been rendered.
    var warnings: [Diagnostic]

    struct Image: Sendable, Hashable {
        let sitePath: String
        let sourcePath: String
    }
}

/// The folder a site was written to and the identity of each of its files then.
public struct WrittenSite: Sendable {
    /// The folder's absolute path, symlinks resolved.
    public let folder: String
    public let stamps: [String: FileStamp]

    public init(folder: String, stamps: [String: FileStamp]) {
        self.folder = folder
        self.stamps = stamps
    }
}

/// Which file a path names and whether it was modified: device, inode, size and modification
/// time. Hard links keep all four; anything that rewrites the file changes one.
public struct FileStamp: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64
    let size: Int
    let modificationSeconds: Int
    let modificationNanoseconds: Int

    /// The stamp of the file at `path` (not following a final symlink), or nil.
    public init?(path: String) {
        self.init(path, in: nil)
    }

    /// The stamp of the file at `relativePath` inside `folder` (the current folder when nil).
    init?(_ relativePath: String, in folder: FolderHandle?) {
        var status = stat()
        guard fstatat(folder?.descriptor ?? AT_FDCWD, relativePath, &status, AT_SYMLINK_NOFOLLOW) == 0,
              (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int(status.st_size)
        modificationSeconds = Int(status.st_mtim.tv_sec)
        modificationNanoseconds = Int(status.st_mtim.tv_nsec)
    }

    init(device: UInt64, inode: UInt64, size: Int, modificationSeconds: Int, modificationNanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modificationSeconds = modificationSeconds
        self.modificationNanoseconds = modificationNanoseconds
    }
}

// MARK: The file format

extension BuildCache {
    /// The first bytes of a cache file; a new layout gets a new number.
    static let magic = Array("course build cache 3\n".utf8)

    /// The index file's bytes, with every body at the reference `bodies` gives for its
    /// lesson, in the body file of `generation`.
    func encodedIndex(generation: Fingerprint, bodies: [String: (html: BodyStore.Reference, search: BodyStore.Reference)]) -> [UInt8] {
        var writer = CacheWriter(reservingCapacity: lessons.count * 2048 + fileKeys.count * 128 + 4096)
        writer.write(bytes: Self.magic)
        writer.write(environment)
        writer.write(tool)
        writer.write(generation)
        writer.write(lessons.keys.sorted()) { writer, name in
            writer.write(name)
            lessons[name]!.write(to: &writer, html: bodies[name]!.html, search: bodies[name]!.search)
        }
        writer.write(fileKeys.keys.sorted()) { writer, path in
            writer.write(path)
            writer.write(fileKeys[path]!)
        }
        writer.write(writtenSite != nil)
        if let writtenSite {
            writer.write(writtenSite.folder)
            writer.write(writtenSite.stamps.keys.sorted()) { writer, path in
                let stamp = writtenSite.stamps[path]!
                writer.write(path)
                writer.write(stamp.device)
                writer.write(stamp.inode)
                writer.write(stamp.size)
                writer.write(stamp.modificationSeconds)
                writer.write(stamp.modificationNanoseconds)
            }
        }
        // A checksum of everything before it: an index cut short or changed on disk is
        // dropped whole rather than decoded into wrong pages.
        writer.write(Fingerprint.of(writer.bytes))
        return writer.bytes
    }

    /// The cache whose index is `bytes` and whose bodies are in the body file at `bodiesPath`,
    /// or nil when either is not whole or they do not belong together (a cold build then).
    static func decoded(index bytes: [UInt8], bodiesPath: String) -> BuildCache? {
        guard bytes.count >= 16 else { return nil }
        var checksum = CacheReader(bytes, offset: bytes.count - 16)
        guard let stored = try? checksum.readFingerprint(), stored == Fingerprint.of(bytes[..<(bytes.count - 16)]) else { return nil }
        var reader = CacheReader(bytes, end: bytes.count - 16)
        do throws(CacheFormatError) {
            guard try reader.readBytes() == magic else { return nil }
            let environment = try reader.readFingerprint()
            let tool = try reader.readString()
            guard let store = BodyStore.open(bodiesPath, generation: try reader.readFingerprint()) else { return nil }
            var lessons: [String: LessonRecord] = [:]
            for (name, record) in try reader.readList({ reader throws(CacheFormatError) in
                (try reader.readString(), try LessonRecord(from: &reader, store: store))
            }) {
                lessons[name] = record
            }
            var fileKeys: [String: Fingerprint] = [:]
            for (path, key) in try reader.readList({ reader throws(CacheFormatError) in (try reader.readString(), try reader.readFingerprint()) }) {
                fileKeys[path] = key
            }
            var writtenSite: WrittenSite?
            if try reader.readBool() {
                let folder = try reader.readString()
                var stamps: [String: FileStamp] = [:]
                for (path, stamp) in try reader.readList({ reader throws(CacheFormatError) in
                    (try reader.readString(),
                     FileStamp(device: try reader.readUInt64(), inode: try reader.readUInt64(), size: try reader.readInt(),
                               modificationSeconds: try reader.readInt(), modificationNanoseconds: try reader.readInt()))
                }) {
                    stamps[path] = stamp
                }
                writtenSite = WrittenSite(folder: folder, stamps: stamps)
            }
            guard reader.isAtEnd else { return nil }
            return BuildCache(environment: environment, tool: tool, lessons: lessons, fileKeys: fileKeys, writtenSite: writtenSite)
        } catch {
            return nil
        }
    }
}

extension LessonRecord {
    func write(to writer: inout CacheWriter, html: BodyStore.Reference, search: BodyStore.Reference) {
        writer.write(sourceDigest)
        writer.write(inputKey)
        writer.write(frontMatter.title)
        writer.write(frontMatter.summary)
        writer.write(frontMatter.objectives) { $0.write($1) }
        writer.write(headings) { $0.write($1) }
        for dependencies in [files, pages] {
            writer.write(dependencies) { writer, dependency in
                writer.write(dependency.name)
                writer.write(dependency.fingerprint)
            }
        }
        writer.write(outputKey)
        writer.write(html)
        writer.write(search)
        writer.write(body.tableOfContents) { $0.write($1) }
        writer.write(body.frontMatter.title)
        writer.write(body.frontMatter.summary)
        writer.write(body.frontMatter.objectives) { $0.write($1) }
        writer.write(body.images) { writer, image in
            writer.write(image.sitePath)
            writer.write(image.sourcePath)
        }
        writer.write(body.warnings) { writer, warning in
            writer.write(warning.file)
            writer.write(warning.line)
            writer.write(warning.column)
            writer.write(warning.message)
        }
    }

    init(from reader: inout CacheReader, store: BodyStore) throws(CacheFormatError) {
        sourceDigest = try reader.readFingerprint()
        inputKey = try reader.readFingerprint()
        frontMatter = LessonFrontMatter(title: try reader.readString(), summary: try reader.readString(),
                                        objectives: try reader.readList { reader throws(CacheFormatError) in try reader.readString() })
        headings = try reader.readList { reader throws(CacheFormatError) in try LessonOutline.Heading(from: &reader) }
        func dependencies(_ reader: inout CacheReader) throws(CacheFormatError) -> [Dependency] {
            try reader.readList { reader throws(CacheFormatError) in
                Dependency(name: try reader.readString(), fingerprint: try reader.readFingerprint())
            }
        }
        files = try dependencies(&reader)
        pages = try dependencies(&reader)
        outputKey = try reader.readFingerprint()
        let html = BodyBytes.stored(try reader.readReference(), store)
        let searchEntries = BodyBytes.stored(try reader.readReference(), store)
        let tableOfContents = try reader.readList { reader throws(CacheFormatError) in try LessonOutline.Heading(from: &reader) }
        let frontMatter = RenderedFrontMatter(title: try RenderedText(from: &reader), summary: try RenderedText(from: &reader),
                                              objectives: try reader.readList { reader throws(CacheFormatError) in try RenderedText(from: &reader) })
        let images = try reader.readList { reader throws(CacheFormatError) in
            RenderedBody.Image(sitePath: try reader.readString(), sourcePath: try reader.readString())
        }
        let warnings = try reader.readList { reader throws(CacheFormatError) in
            Diagnostic(file: try reader.readString(), line: try reader.readOptionalInt(), column: try reader.readOptionalInt(),
                       message: try reader.readString())
        }
        body = RenderedBody(html: html, tableOfContents: tableOfContents, searchEntries: searchEntries, frontMatter: frontMatter,
                            images: images, warnings: warnings)
    }
}

extension CacheWriter {
    mutating func write(_ heading: LessonOutline.Heading) {
        write(heading.level)
        write(heading.text)
        write(heading.id)
        write(heading.html)
    }

    mutating func write(_ text: RenderedText) {
        write(text.html)
        write(text.text)
    }

    mutating func write(_ reference: BodyStore.Reference) {
        write(reference.offset)
        write(reference.count)
        write(reference.fingerprint)
    }
}

extension CacheReader {
    mutating func readReference() throws(CacheFormatError) -> BodyStore.Reference {
        BodyStore.Reference(offset: try readInt(), count: try readInt(), fingerprint: try readFingerprint())
    }
}

extension LessonOutline.Heading {
    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(level: try reader.readInt(), text: try reader.readString(), id: try reader.readString(), html: try reader.readOptionalString())
    }
}

extension RenderedText {
    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(html: try reader.readString(), text: try reader.readString())
    }
}

// MARK: On disk

extension BuildCache {
    /// The cache file for building the course in `lessonsPath` into `sitePath`, inside
    /// `directory` (one file per pair, named by their resolved paths); the bodies are in the
    /// file of the same name ending in `.bodies`.
    public static func filePath(in directory: String, lessonsPath: String, sitePath: String) -> String {
        var key = Fingerprinter()
        key.append(ImageCollector.resolvedPath(lessonsPath) ?? lessonsPath)
        key.append(URL(fileURLWithPath: sitePath).standardizedFileURL.path)
        return directory + "/site-\(key.finalize().description.prefix(20)).cache"
    }

    static func bodiesPath(of path: String) -> String { path + ".bodies" }

    /// The cache at `path`, or nil when there is none or it is not whole (a cold build then).
    public static func load(from path: String) -> BuildCache? {
        guard let bytes = FileBytes.read(path) else { return nil }
        return decoded(index: bytes, bodiesPath: bodiesPath(of: path))
    }

    /// Saves the cache: new bodies appended to the body file, then the index written beside
    /// it and renamed into place, so a reader sees the old index or the new one, each with
    /// bodies that are there. A cache that cannot be saved only makes the next build cold, so
    /// failures are ignored.
    public func save(to path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bodiesPath = Self.bodiesPath(of: path)
        // Continue the body file the stored bodies are in, unless it is mostly bodies no
        // longer used: then write a new one with the live bodies only.
        var stores: [ObjectIdentifier: BodyStore] = [:]
        for record in lessons.values {
            for bytes in [record.body.html, record.body.searchEntries] {
                if case .stored(_, let store) = bytes { stores[ObjectIdentifier(store)] = store }
            }
        }
        let liveCount = lessons.values.reduce(0) { $0 + $1.body.html.count + $1.body.searchEntries.count }
        let continued = stores.count == 1 ? stores.values.first.flatMap { store in
            store.path == bodiesPath && store.size <= 2 * liveCount + (4 << 20) ? store : nil
        } : nil
        let appender = continued.map { BodyAppender(continuing: $0, size: $0.size) } ?? BodyAppender(newAt: bodiesPath)
        var references: [String: (html: BodyStore.Reference, search: BodyStore.Reference)] = [:]
        for name in lessons.keys.sorted() {
            let body = lessons[name]!.body
            func place(_ bytes: BodyBytes) -> BodyStore.Reference? {
                if case .stored(let reference, let store) = bytes, store === continued { return reference }
                return bytes.load().map { appender.append($0) }
            }
            guard let html = place(body.html), let search = place(body.searchEntries) else { continue }
            references[name] = (html, search)
        }
        var saved = self
        saved.lessons = lessons.filter { references[$0.key] != nil }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do throws(SiteWriteError) {
            try appender.finish()
            try SiteWriter.writeFile(saved.encodedIndex(generation: appender.generation, bodies: references), to: temporary)
            if rename(temporary, path) != 0 { unlink(temporary) }
        } catch {
            unlink(temporary)
        }
        Self.prune(folder, keeping: Self.keptCaches)
    }

    /// How many courses' caches a cache folder keeps: every test course and every `--out`
    /// makes one, and none is ever needed again once its folder is gone.
    static let keptCaches = 32

    /// Removes all but the `count` most recently written caches in `folder`.
    static func prune(_ folder: String, keeping count: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let caches = names.filter { $0.hasPrefix("site-") && $0.hasSuffix(".cache") }
        guard caches.count > count else { return }
        func written(_ name: String) -> Int {
            var status = stat()
            return stat(folder + "/" + name, &status) == 0 ? Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec) : 0
        }
        for name in caches.map({ ($0, written($0)) }).sorted(by: { $0.1 > $1.1 }).dropFirst(count).map(\.0) {
            unlink(folder + "/" + name)
            unlink(folder + "/" + bodiesPath(of: name))
        }
    }
}
