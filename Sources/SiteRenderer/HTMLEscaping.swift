/// Escaping for text placed into HTML, the one defence between lesson text and the page.
enum HTML {
    /// Escapes `&`, `<`, `>` and `"`, which is enough for text content and quoted attributes.
    static func escape(_ text: some StringProtocol) -> String {
        // Works on UTF-8 bytes: the four special characters are ASCII, so every other byte,
        // including each byte of a multi-byte character, is copied through unchanged.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes += [0x26, 0x61, 0x6D, 0x70, 0x3B]        // &amp;
            case 0x3C: bytes += [0x26, 0x6C, 0x74, 0x3B]              // &lt;
            case 0x3E: bytes += [0x26, 0x67, 0x74, 0x3B]              // &gt;
            case 0x22: bytes += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A URL for an `href` or `src` attribute, percent-encoded as cmark encodes link
    /// destinations, then escaped for the attribute.
    ///
    /// Bytes outside cmark's safe set (letters, digits and `-_.!~*'();/?:@&=+$,%#`) become
    /// `%XX`, so a `\` reaches the browser as `%5C` (which it would otherwise read as `/`) and a
    /// space or a non-ASCII letter as its UTF-8 bytes. An existing `%XX` is kept, not encoded
    /// twice.
    static func href(_ url: some StringProtocol) -> String {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count + 8)
        for byte in url.utf8 {
            if hrefSafe[Int(byte)] {
                bytes.append(byte)
            } else {
                bytes += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return escape(String(decoding: bytes, as: UTF8.self))
    }

    /// Which bytes cmark leaves as they are in a link destination.
    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'();/?:@&=+$,%#".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()
}
