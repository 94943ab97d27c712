/// Estimates of rendered text widths, for layout only (the browser draws the text).
///
/// Widths are generous averages for common sans-serif UI fonts, so labels get room to spare
/// rather than overlap.
enum TextMetrics {
    /// Approximate width in pixels of `text` at `size` pixels.
    static func width(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i", "j", "l", "I", "!", "|", ".", ",", ":", ";", "'", "`": ems += 0.3
            case " ", "f", "t", "r", "(", ")", "[", "]", "{", "}", "/", "\\", "-": ems += 0.38
            case "m", "w", "M", "W", "@", "%": ems += 0.9
            case "A"..."Z": ems += 0.68
            case "0"..."9", "\u{2212}", "+", "=", "<", ">", "_", "~", "^", "*", "#", "$": ems += 0.58
            default:
                // Combining marks take no room; everything else (letters, Greek, CJK rounded down) about 0.56–1 em.
                if (0x300...0x36F).contains(scalar.value) { continue }
                ems += scalar.value >= 0x2E80 ? 1.0 : 0.56
            }
        }
        return ems * size
    }
}
