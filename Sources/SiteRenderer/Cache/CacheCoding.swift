import ContentHash

/// Writes the build cache's binary format: little-endian integers, and byte strings and lists
/// prefixed by their length.
///
/// Hand-written because the cache of a 1,000-lesson course is ~15 MB that must load in a few
/// milliseconds on every build; Foundation's JSON and property-list coders take hundreds
/// (ARCHITECTURE.md, "Incremental builds").
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ fingerprint: Fingerprint) {
        write(fingerprint.high)
        write(fingerprint.low)
    }

    mutating func write(bytes field: some Collection<UInt8>) {
        write(field.count)
        bytes += field
    }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes += text.utf8
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ number: Int?) {
        write(number != nil)
        if let number { write(number) }
    }

    mutating func write<Element>(_ list: [Element], _ element: (inout CacheWriter, Element) -> Void) {
        write(list.count)
        for item in list { element(&self, item) }
    }
}

/// Reads what ``CacheWriter`` wrote; every read checks the bounds, and a cache that does not
/// parse is thrown away (``CacheFormatError``), never trusted in part.
struct CacheReader {
    private let bytes: [UInt8]
    private(set) var offset: Int
    /// Where reading stops: the end of the bytes, or the start of a trailer read apart.
    private let end: Int

    init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset == end }

    mutating func readUInt64() throws(CacheFormatError) -> UInt64 {
        guard end - offset >= 8 else { throw CacheFormatError() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    mutating func readInt() throws(CacheFormatError) -> Int {
        Int(Int64(bitPattern: try readUInt64()))
    }

    /// A count of things that follow, each at least one byte: bounded by what is left.
    mutating func readCount() throws(CacheFormatError) -> Int {
        let count = try readInt()
        guard count >= 0, count <= end - offset else { throw CacheFormatError() }
        return count
    }

    mutating func readBool() throws(CacheFormatError) -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw CacheFormatError() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func readFingerprint() throws(CacheFormatError) -> Fingerprint {
        let high = try readUInt64()
        return Fingerprint(high: high, low: try readUInt64())
    }

    mutating func readBytes() throws(CacheFormatError) -> [UInt8] {
        let count = try readCount()
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// Bytes shared with the cache just read, not copied.
    mutating func readSlice() throws(CacheFormatError) -> ArraySlice<UInt8> {
        let count = try readCount()
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func readString() throws(CacheFormatError) -> String {
        let count = try readCount()
        defer { offset += count }
        guard let text = String(validating: bytes[offset..<offset + count], as: UTF8.self) else { throw CacheFormatError() }
        return text
    }

    mutating func readOptionalString() throws(CacheFormatError) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readOptionalInt() throws(CacheFormatError) -> Int? {
        try readBool() ? try readInt() : nil
    }

    mutating func readList<Element>(_ element: (inout CacheReader) throws(CacheFormatError) -> Element) throws(CacheFormatError) -> [Element] {
        let count = try readCount()
        var list: [Element] = []
        list.reserveCapacity(count)
        for _ in 0..<count { list.append(try element(&self)) }
        return list
    }
}

/// The cache file is not one this version of `course` wrote whole.
struct CacheFormatError: Error {}
