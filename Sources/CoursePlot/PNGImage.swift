// A minimal PNG writer: 8-bit palette pixels in stored (uncompressed) deflate blocks, as a
// `data:` URI. Hand-written because CoursePlot has no dependencies at all (lesson programs
// compile its sources, with no Foundation and no zlib), and the format needs only a CRC-32,
// an Adler-32 and base64: under a hundred lines. Used where a dense heatmap would otherwise
// be thousands of vector rectangles.

/// An image of `width` × `height` pixels, row 0 at the top, each pixel an index into a
/// palette of at most 255 colours; index 0 is transparent (an empty cell). One byte per pixel
/// keeps a 64 × 64 heatmap near 4 KB before base64.
struct PNGImage {
    let width: Int
    let height: Int
    /// `width * height` palette indices, row after row; 0 is transparent.
    private(set) var pixels: [UInt8]
    /// Colours for indices 1, 2, …
    private(set) var palette: [(UInt8, UInt8, UInt8)] = []
    private var indexByColor: [UInt32: UInt8] = [:]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 0, count: width * height)
    }

    /// Colours pixel (x, y); past 255 distinct colours, further ones reuse the last.
    mutating func set(x: Int, y: Int, red: UInt8, green: UInt8, blue: UInt8) {
        let key = UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
        let index: UInt8
        if let known = indexByColor[key] {
            index = known
        } else if palette.count < 255 {
            palette.append((red, green, blue))
            index = UInt8(palette.count)
            indexByColor[key] = index
        } else {
            index = UInt8(palette.count)
        }
        pixels[y * width + x] = index
    }

    /// The PNG file's bytes.
    var bytes: [UInt8] {
        var header: [UInt8] = []
        header += Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
        header += [8, 3, 0, 0, 0]  // 8-bit palette indices, deflate, no filter method, no interlace
        var colours: [UInt8] = [0, 0, 0]
        for (red, green, blue) in palette { colours += [red, green, blue] }
        let alphas: [UInt8] = [0] + [UInt8](repeating: 255, count: palette.count)
        // Each scanline starts with its filter type, 0 (none).
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width + 1))
        for row in 0..<height {
            raw.append(0)
            raw += pixels[(row * width)..<((row + 1) * width)]
        }
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += Self.chunk("IHDR", header)
        file += Self.chunk("PLTE", colours)
        file += Self.chunk("tRNS", alphas)
        file += Self.chunk("IDAT", Self.zlibStored(raw))
        file += Self.chunk("IEND", [])
        return file
    }

    /// `data:image/png;base64,…`
    var dataURI: String { "data:image/png;base64," + Self.base64(bytes) }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    /// A zlib stream of stored deflate blocks (at most 65,535 bytes each).
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += data[start..<end]
            start = end
        } while start < data.count
        return out + bigEndian(adler32(data))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var c = UInt32(index)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return (b << 16) | a
    }

    static func base64(_ data: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((data.count + 2) / 3 * 4)
        var index = 0
        while index < data.count {
            let b0 = UInt32(data[index])
            let b1 = index + 1 < data.count ? UInt32(data[index + 1]) : 0
            let b2 = index + 2 < data.count ? UInt32(data[index + 2]) : 0
            let triple = (b0 << 16) | (b1 << 8) | b2
            out.append(alphabet[Int((triple >> 18) & 63)])
            out.append(alphabet[Int((triple >> 12) & 63)])
            out.append(index + 1 < data.count ? alphabet[Int((triple >> 6) & 63)] : UInt8(ascii: "="))
            out.append(index + 2 < data.count ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
