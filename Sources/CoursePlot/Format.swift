// Number formatting without Foundation: the same value gives the same characters on every
// platform, so figures are byte-for-byte reproducible.

/// Deterministic formatting of coordinates and colours.
enum Format {
    /// A coordinate rounded to two decimals, trailing zeros trimmed: `12`, `12.5`, `-0.25`.
    ///
    /// Non-finite values print as `0`; magnitudes are clamped to 10^9 (far outside any figure).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return hundredths(Int64((min(max(value, -1e9), 1e9) * 100).rounded()))
    }

    /// A value given in hundredths (`1250` → `12.5`), trailing zeros trimmed.
    static func hundredths(_ value: Int64) -> String {
        if value == 0 { return "0" }
        let magnitude = value.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        var text = value < 0 ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            text += "."
            if fraction % 10 == 0 {
                text += String(fraction / 10)
            } else {
                text += (fraction < 10 ? "0" : "") + String(fraction)
            }
        }
        return text
    }

    /// `#rrggbb` for channels in 0...1 (clamped).
    static func hexColor(red: Double, green: Double, blue: Double) -> String {
        "#" + hexByte(red) + hexByte(green) + hexByte(blue)
    }

    private static let digits: [Character] = Array("0123456789abcdef")

    private static func hexByte(_ channel: Double) -> String {
        let clamped = channel.isFinite ? min(max(channel, 0), 1) : 0
        let byte = Int((clamped * 255).rounded())
        return String(digits[byte >> 4]) + String(digits[byte & 0x0F])
    }

    /// Lowercase hexadecimal of a 32-bit value, always 8 digits.
    static func hex32(_ value: UInt32) -> String {
        var text = ""
        for shift in stride(from: 28, through: 0, by: -4) {
            text.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
        return text
    }
}
