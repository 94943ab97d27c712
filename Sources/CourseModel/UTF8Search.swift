/// Substring search on UTF-8 bytes. Foundation's `String.range(of:)` goes through
/// CFString and cost a quarter of a 100-lesson build when called per line; this is a plain
/// first-byte scan, linear in practice for the short needles lessons are checked for.
enum UTF8Search {
    /// The byte offsets where `needle` starts in `haystack`, in order.
    static func offsets(of needle: String, in haystack: String) -> [Int] {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return [] }
        var found: [Int] = []
        haystack.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matches = true
                    for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                        matches = false
                        break
                    }
                    if matches { found.append(index) }
                }
                index += 1
            }
        }
        return found
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ needle: String, in haystack: String) -> Bool {
        !offsets(of: needle, in: haystack).isEmpty
    }
}
