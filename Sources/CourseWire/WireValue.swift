/// A value that can cross the pipe between the checks and the learner's code.
///
/// Both sides are compiled from the same declarations (the exercise's starter), so a value
/// is written without a type tag: the reader knows what to expect. The encoding is exact
/// (doubles by their bit pattern), little-endian, and every read is bounded by the bytes
/// that arrived, so no input can make the reader allocate more than it was sent.
///
/// | type | bytes |
/// |---|---|
/// | `Int` | 8, two's complement |
/// | `Double` / `Float` | 8 / 4, IEEE 754 bit pattern |
/// | `Bool` | 1: 0 or 1 |
/// | `String` | count (4) then UTF-8 |
/// | `[T]` | count (4) then the elements |
/// | `T?` | 0, or 1 then the value |
public protocol WireValue {
    /// Appends the value's bytes.
    func write(to writer: inout WireWriter)
    /// Reads one value, or throws if the bytes are not one.
    static func read(from reader: inout WireReader) throws(WireError) -> Self
    /// The first NaN inside the value, as a path such as "[2][0]" ("" for the value itself);
    /// nil when there is none.
    func firstNaN() -> String?
}

extension WireValue {
    public func firstNaN() -> String? { nil }
}

extension Int: WireValue {
    public func write(to writer: inout WireWriter) { writer.append(UInt64(bitPattern: Int64(self))) }
    public static func read(from reader: inout WireReader) throws(WireError) -> Int {
        Int(Int64(bitPattern: try reader.readUInt64()))
    }
}

extension Double: WireValue {
    public func write(to writer: inout WireWriter) { writer.append(bitPattern) }
    public static func read(from reader: inout WireReader) throws(WireError) -> Double {
        Double(bitPattern: try reader.readUInt64())
    }
    public func firstNaN() -> String? { isNaN ? "" : nil }
}

extension Float: WireValue {
    public func write(to writer: inout WireWriter) { writer.append(bitPattern) }
    public static func read(from reader: inout WireReader) throws(WireError) -> Float {
        Float(bitPattern: try reader.readUInt32())
    }
    public func firstNaN() -> String? { isNaN ? "" : nil }
}

extension Bool: WireValue {
    public func write(to writer: inout WireWriter) { writer.append(self ? 1 as UInt8 : 0) }
    public static func read(from reader: inout WireReader) throws(WireError) -> Bool {
        switch try reader.readByte() {
        case 0: return false
        case 1: return true
        default: throw .malformed("a Bool byte that is neither 0 nor 1")
        }
    }
}

extension String: WireValue {
    public func write(to writer: inout WireWriter) {
        writer.append(UInt32(utf8.count))
        writer.append(contentsOf: utf8)
    }
    public static func read(from reader: inout WireReader) throws(WireError) -> String {
        let count = Int(try reader.readUInt32())
        let bytes = try reader.readBytes(count)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .malformed("a String that is not UTF-8") }
        return text
    }
}

extension Array: WireValue where Element: WireValue {
    public func write(to writer: inout WireWriter) {
        writer.append(UInt32(count))
        for element in self { element.write(to: &writer) }
    }
    public static func read(from reader: inout WireReader) throws(WireError) -> [Element] {
        let count = Int(try reader.readUInt32())
        // Every element takes at least one byte, so a count beyond the bytes left is a lie.
        guard count <= reader.remaining else { throw .malformed("an array of \(count) elements in \(reader.remaining) bytes") }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try Element.read(from: &reader)) }
        return elements
    }
    public func firstNaN() -> String? {
        for (index, element) in enumerated() {
            if let path = element.firstNaN() { return "[\(index)]" + path }
        }
        return nil
    }
}

extension Optional: WireValue where Wrapped: WireValue {
    public func write(to writer: inout WireWriter) {
        switch self {
        case .none: writer.append(0 as UInt8)
        case .some(let value):
            writer.append(1 as UInt8)
            value.write(to: &writer)
        }
    }
    public static func read(from reader: inout WireReader) throws(WireError) -> Wrapped? {
        switch try reader.readByte() {
        case 0: return nil
        case 1: return try Wrapped.read(from: &reader)
        default: throw .malformed("an Optional tag that is neither 0 nor 1")
        }
    }
    public func firstNaN() -> String? { self?.firstNaN() }
}
