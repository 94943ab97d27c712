/// Human text for byte counts, in binary units.
enum ByteCountText {
    /// "1 GiB", "256 MiB", "64 KiB", "1.5 GiB", "1000 bytes".
    ///
    /// Exact multiples get a whole number; others above 1 KiB get one decimal.
    static func of(_ bytes: UInt64) -> String {
        let units: [(UInt64, String)] = [(1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where bytes >= size {
            if bytes % size == 0 { return "\(bytes / size) \(name)" }
            let tenths = (Double(bytes) / Double(size) * 10).rounded()
            let whole = Int(tenths) / 10
            let fraction = Int(tenths) % 10
            return fraction == 0 ? "\(whole) \(name)" : "\(whole).\(fraction) \(name)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
