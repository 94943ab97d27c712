/// Bytes being written for one message.
public struct WireWriter: Sendable {
    /// The bytes so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty message.
    public init() {}

    /// A request to call function number `function` of the exercise's API; append its arguments.
    public init(function: Int) {
        append(UInt16(truncatingIfNeeded: function))
    }

    /// Appends a value.
    public mutating func write<Value: WireValue>(_ value: Value) {
        value.write(to: &self)
    }

    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    public mutating func append(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    public mutating func append(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    public mutating func append(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func append<S: Sequence>(contentsOf other: S) where S.Element == UInt8 {
        bytes.append(contentsOf: other)
    }
}

/// Reads values back from one message's bytes.
public struct WireReader: Sendable {
    private let bytes: [UInt8]
    private var position = 0

    /// A reader at the start of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Bytes not read yet.
    public var remaining: Int { bytes.count - position }

    /// Reads one value of type `Value`.
    public mutating func read<Value: WireValue>(_ type: Value.Type = Value.self) throws(WireError) -> Value {
        try Value.read(from: &self)
    }

    /// Throws unless every byte was read: a message with bytes to spare is malformed.
    public func finish() throws(WireError) {
        guard remaining == 0 else { throw .malformed("\(remaining) bytes left over") }
    }

    public mutating func readByte() throws(WireError) -> UInt8 {
        guard remaining >= 1 else { throw .malformed("the message ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func readUInt16() throws(WireError) -> UInt16 {
        let low = UInt16(try readByte())
        return low | UInt16(try readByte()) << 8
    }

    public mutating func readUInt32() throws(WireError) -> UInt32 {
        guard remaining >= 4 else { throw .malformed("the message ends early") }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[position + index]) << UInt32(8 * index) }
        position += 4
        return value
    }

    public mutating func readUInt64() throws(WireError) -> UInt64 {
        guard remaining >= 8 else { throw .malformed("the message ends early") }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[position + index]) << UInt64(8 * index) }
        position += 8
        return value
    }

    public mutating func readBytes(_ count: Int) throws(WireError) -> ArraySlice<UInt8> {
        guard count >= 0, remaining >= count else { throw .malformed("the message ends early") }
        defer { position += count }
        return bytes[position..<(position + count)]
    }
}

/// Why bytes could not be read as what was expected.
public enum WireError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not a value of the expected type.
    case malformed(String)
    /// The other side closed the pipe.
    case closed
    /// A read or write failed.
    case io(errno: Int32)
    /// A message longer than ``WirePipe/maximumMessageBytes``.
    case tooLong(Int)
    /// No message before the deadline.
    case timedOut

    public var description: String {
        switch self {
        case .malformed(let what): return "malformed message: \(what)"
        case .closed: return "the other side closed the pipe"
        case .io(let code): return "pipe I/O failed (errno \(code))"
        case .tooLong(let count): return "a message of \(count) bytes is longer than allowed"
        case .timedOut: return "no message before the deadline"
        }
    }
}
