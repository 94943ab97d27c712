/// The type of a value on the wire, for code that handles values it was not compiled for:
/// the grader reading an exercise's declarations, and the worker's degenerate modes.
public indirect enum WireType: Sendable, Hashable, CustomStringConvertible {
    case int, double, float, bool, string
    case array(WireType)
    case optional(WireType)

    /// Reads a Swift type spelling: `Int`, `Double`, `Float`, `Bool`, `String`, `[T]`,
    /// `Array<T>`, `T?`, `Optional<T>`, with any spaces; nil for anything else.
    public init?(swiftType text: String) {
        var text = Substring(text).drop { $0 == " " }
        while text.last == " " { text = text.dropLast() }
        if text.hasSuffix("?") {
            guard let wrapped = WireType(swiftType: String(text.dropLast())) else { return nil }
            self = .optional(wrapped)
            return
        }
        if text.hasPrefix("["), text.hasSuffix("]") {
            guard let element = WireType(swiftType: String(text.dropFirst().dropLast())) else { return nil }
            self = .array(element)
            return
        }
        for (generic, make) in [("Array<", WireType.array), ("Optional<", WireType.optional)] where text.hasPrefix(generic) && text.hasSuffix(">") {
            guard let inner = WireType(swiftType: String(text.dropFirst(generic.count).dropLast())) else { return nil }
            self = make(inner)
            return
        }
        switch text {
        case "Int", "Swift.Int": self = .int
        case "Double", "Swift.Double": self = .double
        case "Float", "Swift.Float": self = .float
        case "Bool", "Swift.Bool": self = .bool
        case "String", "Swift.String": self = .string
        default: return nil
        }
    }

    /// The Swift spelling: `[[Double]]`, `Int?`.
    public var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .array(let element): return "[\(element)]"
        case .optional(let wrapped): return "\(wrapped)?"
        }
    }

    /// The value a function of this result type returns when its body is `return` of an
    /// empty value: 0, false, "", [] or nil.
    public var emptyValue: WireDynamic {
        switch self {
        case .int: return .int(0)
        case .double: return .double(0)
        case .float: return .float(0)
        case .bool: return .bool(false)
        case .string: return .string("")
        case .array: return .array([])
        case .optional: return .optional(nil)
        }
    }
}

/// A value of a ``WireType`` known only at run time.
public indirect enum WireDynamic: Sendable, Equatable {
    case int(Int), double(Double), float(Float), bool(Bool), string(String)
    case array([WireDynamic])
    case optional(WireDynamic?)

    /// Reads one value of `type`.
    public static func read(_ type: WireType, from reader: inout WireReader) throws(WireError) -> WireDynamic {
        switch type {
        case .int: return .int(try reader.read(Int.self))
        case .double: return .double(try reader.read(Double.self))
        case .float: return .float(try reader.read(Float.self))
        case .bool: return .bool(try reader.read(Bool.self))
        case .string: return .string(try reader.read(String.self))
        case .array(let element):
            let count = Int(try reader.readUInt32())
            guard count <= reader.remaining else { throw .malformed("an array of \(count) elements in \(reader.remaining) bytes") }
            var elements: [WireDynamic] = []
            for _ in 0..<count { elements.append(try read(element, from: &reader)) }
            return .array(elements)
        case .optional(let wrapped):
            switch try reader.readByte() {
            case 0: return .optional(nil)
            case 1: return .optional(try read(wrapped, from: &reader))
            default: throw .malformed("an Optional tag that is neither 0 nor 1")
            }
        }
    }

    /// Appends the value's bytes, exactly as the typed value would be written.
    public func write(to writer: inout WireWriter) {
        switch self {
        case .int(let value): writer.write(value)
        case .double(let value): writer.write(value)
        case .float(let value): writer.write(value)
        case .bool(let value): writer.write(value)
        case .string(let value): writer.write(value)
        case .array(let elements):
            writer.append(UInt32(elements.count))
            for element in elements { element.write(to: &writer) }
        case .optional(let wrapped):
            if let wrapped {
                writer.append(1 as UInt8)
                wrapped.write(to: &writer)
            } else {
                writer.append(0 as UInt8)
            }
        }
    }

    /// The same shape with every number 0, every Bool false and every String empty.
    public var zeroed: WireDynamic { mapLeaves(double: 0, float: 0) }

    /// The same shape with every Double and Float NaN (and the rest zeroed).
    public var poisoned: WireDynamic { mapLeaves(double: .nan, float: .nan) }

    private func mapLeaves(double: Double, float: Float) -> WireDynamic {
        switch self {
        case .int: return .int(0)
        case .double: return .double(double)
        case .float: return .float(float)
        case .bool: return .bool(false)
        case .string: return .string("")
        case .array(let elements): return .array(elements.map { $0.mapLeaves(double: double, float: float) })
        case .optional(let wrapped): return .optional(wrapped?.mapLeaves(double: double, float: float))
        }
    }
}
