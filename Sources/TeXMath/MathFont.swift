/// A math alphabet selected by `\mathbf`, `\mathbb`, `\mathcal` and friends.
///
/// MathML Core supports only `mathvariant="normal"`, so every other alphabet is written with
/// the Unicode Mathematical Alphanumeric Symbols (U+1D400…), which any math font draws.
enum MathFont: Equatable, Sendable {
    case roman
    case italic
    case bold
    case boldItalic
    case doubleStruck
    case calligraphic
    case fraktur
    case sansSerif
    case monospace

    init?(command name: String) {
        switch name {
        case "mathrm": self = .roman
        case "mathit": self = .italic
        case "mathbf": self = .bold
        case "boldsymbol", "bm": self = .boldItalic
        case "mathbb": self = .doubleStruck
        case "mathcal", "mathscr": self = .calligraphic
        case "mathfrak": self = .fraktur
        case "mathsf": self = .sansSerif
        case "mathtt": self = .monospace
        default: return nil
        }
    }

    /// The text with every letter and digit this alphabet has replaced by its styled form.
    func apply(to text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(map(scalar))
        }
        return String(result)
    }

    /// Whether unmapped letters in this alphabet should stay upright (need `mathvariant="normal"`).
    var isUpright: Bool {
        switch self {
        case .italic, .boldItalic: false
        default: true
        }
    }

    private func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let mapped: UInt32?
        switch value {
        case 0x41...0x5A: mapped = latinCapital(value - 0x41)
        case 0x61...0x7A: mapped = latinSmall(value - 0x61)
        case 0x30...0x39: mapped = digitBase.map { $0 + value - 0x30 }
        default: mapped = greek(value)
        }
        return mapped.flatMap(Unicode.Scalar.init) ?? scalar
    }

    // MARK: Latin

    private func latinCapital(_ offset: UInt32) -> UInt32? {
        if let hole = Self.capitalHoles[self]?[offset] { return hole }
        return latinCapitalBase.map { $0 + offset }
    }

    private func latinSmall(_ offset: UInt32) -> UInt32? {
        if let hole = Self.smallHoles[self]?[offset] { return hole }
        return latinSmallBase.map { $0 + offset }
    }

    private var latinCapitalBase: UInt32? {
        switch self {
        case .roman: nil
        case .italic: 0x1D434
        case .bold: 0x1D400
        case .boldItalic: 0x1D468
        case .doubleStruck: 0x1D538
        case .calligraphic: 0x1D49C
        case .fraktur: 0x1D504
        case .sansSerif: 0x1D5A0
        case .monospace: 0x1D670
        }
    }

    private var latinSmallBase: UInt32? {
        latinCapitalBase.map { $0 + 26 }
    }

    private var digitBase: UInt32? {
        switch self {
        case .bold, .boldItalic: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .sansSerif: 0x1D7E2
        case .monospace: 0x1D7F6
        case .roman, .italic, .calligraphic, .fraktur: nil
        }
    }

    /// Letters that Unicode encoded before the math block; their slots in it are reserved.
    /// Keys are offsets from 'A' (or 'a').
    private static let capitalHoles: [MathFont: [UInt32: UInt32]] = [
        .calligraphic: [1: 0x212C, 4: 0x2130, 5: 0x2131, 7: 0x210B, 8: 0x2110, 11: 0x2112, 12: 0x2133, 17: 0x211B],
        .fraktur: [2: 0x212D, 7: 0x210C, 8: 0x2111, 17: 0x211C, 25: 0x2128],
        .doubleStruck: [2: 0x2102, 7: 0x210D, 13: 0x2115, 15: 0x2119, 16: 0x211A, 17: 0x211D, 25: 0x2124],
    ]

    private static let smallHoles: [MathFont: [UInt32: UInt32]] = [
        .italic: [7: 0x210E],
        .calligraphic: [4: 0x212F, 6: 0x210A, 14: 0x2134],
    ]

    // MARK: Greek

    /// Each styled Greek block repeats the layout Α…Ω, ∇, α…ω, ∂, ϵ ϑ ϰ ϕ ϱ ϖ from a base.
    private func greek(_ value: UInt32) -> UInt32? {
        let isCapital = (0x391...0x3A9).contains(value) || value == 0x3F4 || value == 0x2207
        guard let base = isCapital ? greekCapitalBase : greekSmallBase,
              let offset = Self.greekOffset(value)
        else { return nil }
        return base + offset
    }

    private var greekCapitalBase: UInt32? {
        switch self {
        case .bold, .boldItalic: 0x1D6A8  // TeX's \boldsymbol keeps capital Greek upright.
        case .italic: 0x1D6E2
        default: nil
        }
    }

    private var greekSmallBase: UInt32? {
        switch self {
        case .bold: 0x1D6A8
        case .italic: 0x1D6E2
        case .boldItalic: 0x1D71C
        default: nil
        }
    }

    private static func greekOffset(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x391...0x3A9 where value != 0x3A2: value - 0x391
        case 0x3F4: 0x11  // ϴ sits in the gap left by the reserved U+03A2.
        case 0x2207: 0x19  // ∇
        case 0x3B1...0x3C9: 0x1A + value - 0x3B1
        case 0x2202: 0x33  // ∂
        case 0x3F5: 0x34  // ϵ
        case 0x3D1: 0x35  // ϑ
        case 0x3F0: 0x36  // ϰ
        case 0x3D5: 0x37  // ϕ
        case 0x3F1: 0x38  // ϱ
        case 0x3D6: 0x39  // ϖ
        default: nil
        }
    }

    // MARK: Automatic italics

    /// Whether MathML Core renders this character italic in a single-character `<mi>`
    /// (its `text-transform: math-auto` table: Latin and Greek letters, dotless i and j, ∂, ∇).
    static func isAutoItalicized(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0x391...0x3A9, 0x3B1...0x3C9: true
        case 0x3D1, 0x3D5, 0x3D6, 0x3F0, 0x3F1, 0x3F4, 0x3F5: true
        case 0x131, 0x237, 0x2202, 0x2207: true
        default: false
        }
    }
}
