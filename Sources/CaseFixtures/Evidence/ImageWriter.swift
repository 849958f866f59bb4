/// Writes small valid images for screenshot evidence in fixtures: PNG, BMP and GIF of one solid
/// colour (a blank capture), and a PNG that looks like a dialog.
public enum ImageWriter {
    /// An RGB colour.
    public struct Colour: Sendable, Equatable {
        /// Red, green, blue.
        public var red: UInt8, green: UInt8, blue: UInt8

        /// Creates a colour.
        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// The grey of a Windows dialog.
        public static let dialogGrey = Colour(red: 240, green: 240, blue: 240)
    }

    /// A PNG (RGB, 8 bits, no interlace) whose pixel data are zlib stored blocks
    /// (RFC 1950/1951) with each chunk's CRC-32 and the stream's Adler-32 (PNG spec §5, §10).
    public static func png(width: Int, height: Int, colour: Colour = .dialogGrey) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (1 + width * 3))
        for _ in 0..<height {
            raw.append(0)  // filter type None
            for _ in 0..<width { raw += [colour.red, colour.green, colour.blue] }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65535, raw.count - offset)
            let final: UInt8 = offset + length == raw.count ? 1 : 0
            zlib += [final, UInt8(length & 0xFF), UInt8(length >> 8)]
            zlib += [UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]  // NLEN, RFC 1951 §3.2.4
            zlib += raw[offset..<(offset + length)]
            offset += length
        } while offset < raw.count
        zlib += bigEndian(adler32(raw))
        let header = bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// A PNG drawn like a Windows dialog: a blue title bar, a grey body with dark lines where the
    /// labels and fields are, compressed by the fixture deflate encoder (with Sub filters, so a
    /// reader must undo PNG filtering as well as inflate).
    public static func dialogPNG(width: Int = 480, height: Int = 360) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (1 + width * 3))
        for y in 0..<height {
            let line: Colour
            if y < 30 {
                line = Colour(red: 0, green: 84, blue: 166)
            } else if y % 32 >= 12 && y % 32 < 16 {
                line = Colour(red: 60, green: 60, blue: 60)
            } else {
                line = .dialogGrey
            }
            raw.append(1)  // filter type Sub: each byte minus the byte of the pixel to its left
            let frame = Colour(red: 100, green: 100, blue: 100)
            let pixel = { (x: Int) in x < 4 || x >= width - 4 ? frame : line }
            for x in 0..<width {
                let left = x == 0 ? Colour(red: 0, green: 0, blue: 0) : pixel(x - 1)
                let here = pixel(x)
                raw += [here.red &- left.red, here.green &- left.green, here.blue &- left.blue]
            }
        }
        let zlib = [0x78, 0x9C] + DeflateEncoder.deflate(raw) + bigEndian(adler32(raw))
        let header = bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// A 24-bit bottom-up BMP (BITMAPINFOHEADER, BI_RGB), rows padded to 4 bytes.
    public static func bmp(width: Int, height: Int, colour: Colour = .dialogGrey) -> [UInt8] {
        let rowSize = (width * 3 + 3) / 4 * 4
        let pixelBytes = rowSize * height
        var bytes: [UInt8] =
            Array("BM".utf8) + littleEndian(UInt32(54 + pixelBytes)) + [0, 0, 0, 0]
            + littleEndian(54)
        bytes +=
            littleEndian(40) + littleEndian(UInt32(width)) + littleEndian(UInt32(height)) + [1, 0, 24, 0]
            + littleEndian(0) + littleEndian(UInt32(pixelBytes)) + littleEndian(2835) + littleEndian(2835)
            + littleEndian(0) + littleEndian(0)
        var row: [UInt8] = []
        for _ in 0..<width { row += [colour.blue, colour.green, colour.red] }
        row += [UInt8](repeating: 0, count: rowSize - width * 3)
        for _ in 0..<height { bytes += row }
        return bytes
    }

    /// A GIF89a with a two-entry colour table. The LZW stream sends a clear code before
    /// every pixel, so the code width stays 3 bits and any decoder reads it (GIF89a §22).
    public static func gif(width: Int, height: Int, colour: Colour = .dialogGrey) -> [UInt8] {
        var bytes: [UInt8] = Array("GIF89a".utf8) + littleEndian16(width) + littleEndian16(height) + [0x80, 0, 0]
        bytes += [colour.red, colour.green, colour.blue, 0, 0, 0]
        bytes += [0x2C] + littleEndian16(0) + littleEndian16(0) + littleEndian16(width) + littleEndian16(height) + [0]
        var bits = LSBBitWriter()
        for _ in 0..<(width * height) {
            bits.write(4, width: 3)  // clear code
            bits.write(0, width: 3)  // colour index 0
        }
        bits.write(5, width: 3)  // end of information
        let data = bits.flushed
        bytes.append(2)  // LZW minimum code size
        var offset = 0
        while offset < data.count {
            let length = min(255, data.count - offset)
            bytes.append(UInt8(length))
            bytes += data[offset..<(offset + length)]
            offset += length
        }
        bytes += [0, 0x3B]
        return bytes
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] { bigEndian(value).reversed() }

    private static func littleEndian16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
}

/// Packs codes least-significant bit first, as GIF's LZW stream requires.
private struct LSBBitWriter {
    private(set) var bytes: [UInt8] = []
    private var current: UInt32 = 0
    private var count = 0

    mutating func write(_ code: UInt32, width: Int) {
        current |= code << UInt32(count)
        count += width
        while count >= 8 {
            bytes.append(UInt8(current & 0xFF))
            current >>= 8
            count -= 8
        }
    }

    var flushed: [UInt8] { count > 0 ? bytes + [UInt8(current & 0xFF)] : bytes }
}
