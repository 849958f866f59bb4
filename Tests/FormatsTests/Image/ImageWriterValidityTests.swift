import CaseFixtures
import Testing

/// The writer's images must be valid files, not just headers the reader accepts.
@Suite struct ImageWriterValidityTests {
    @Test("every PNG chunk carries the CRC-32 of its type and data (PNG spec §5.3)")
    func pngChunkCRCs() throws {
        let png = ImageWriter.png(width: 300, height: 300)  // 270 KB of pixels: several stored blocks
        var offset = 8
        var types: [String] = []
        while offset + 12 <= png.count {
            let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            let body = Array(png[(offset + 4)..<(offset + 8 + length)])
            let stored = png[(offset + 8 + length)..<(offset + 12 + length)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(Self.referenceCRC32(body) == stored)
            types.append(String(decoding: body.prefix(4), as: UTF8.self))
            offset += 12 + length
        }
        #expect(types == ["IHDR", "IDAT", "IEND"])
        #expect(offset == png.count)
    }

    /// CRC-32 computed with a lookup table (a different method from the writer's bitwise one);
    /// the check value of "123456789" is 0xCBF43926 (PNG spec Annex D, zlib).
    static func referenceCRC32(_ bytes: [UInt8]) -> UInt32 {
        let table: [UInt32] = (0..<256).map { index in
            (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~bytes.reduce(UInt32.max) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }

    @Test("the reference CRC gives the published check value")
    func checkValue() {
        #expect(Self.referenceCRC32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test("a BMP's file size field equals its length")
    func bmpSize() {
        let bmp = ImageWriter.bmp(width: 33, height: 7)
        let declared = bmp[2..<6].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(declared == bmp.count)
        #expect(bmp.count == 54 + 100 * 7)  // rows of 33×3 = 99 bytes padded to 100
    }
}
