import CaseFixtures
import Foundation
import Testing

@testable import Formats

/// Telling a blank picture from one with content: PNG inflated and unfiltered, BMP read raw,
/// damaged or oversized input answered with nil.
@Suite struct UniformPictureTests {
    static let red = ImageWriter.Colour(red: 200, green: 0, blue: 0)

    @Test(
        "one-colour PNG and BMP are uniform at any size",
        arguments: [(1, 1), (200, 150), (640, 480), (300, 1)])
    func uniform(width: Int, height: Int) {
        #expect(UniformPicture.isUniform(ImageWriter.png(width: width, height: height), format: .png) == true)
        #expect(UniformPicture.isUniform(ImageWriter.bmp(width: width, height: height), format: .bmp) == true)
        #expect(
            UniformPicture.isUniform(ImageWriter.png(width: width, height: height, colour: Self.red), format: .png)
                == true)
    }

    @Test("a PNG written with the deflate encoder and Sub filters is decoded and has content")
    func dialog() {
        #expect(UniformPicture.isUniform(ImageWriter.dialogPNG(), format: .png) == false)
        #expect(UniformPicture.isUniform(ImageWriter.dialogPNG(width: 200, height: 150), format: .png) == false)
    }

    /// A PNG of `rows` (filter byte first), compressed by the fixture deflate encoder; RGB at 8
    /// bits unless told.
    static func png(width: Int, rows: [[UInt8]], depth: UInt8 = 8, colourType: UInt8 = 2) -> [UInt8] {
        let raw = rows.flatMap { $0 }
        var zlib: [UInt8] = [0x78, 0x9C] + DeflateEncoder.deflate(raw)
        zlib += [0, 0, 0, 0]  // Adler-32: not checked by the reader
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let count = UInt32(data.count)
            return [UInt8(count >> 24), UInt8((count >> 16) & 0xFF), UInt8((count >> 8) & 0xFF), UInt8(count & 0xFF)]
                + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        let size: [UInt8] = [0, 0, UInt8(width >> 8), UInt8(width & 0xFF), 0, 0, 0, UInt8(rows.count)]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", size + [depth, colourType, 0, 0, 0])
            + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    @Test(
        "each PNG filter is undone before pixels are compared (Up, Average and Paeth of one grey stay uniform)",
        arguments: [UInt8(2), 3, 4])
    func filters(filter: UInt8) {
        // Grey 240 in each filter's terms: the first row predicts from zeros above, the next from it.
        let width = 4
        func row(_ first: Bool) -> [UInt8] {
            var line: [UInt8] = [filter]
            for x in 0..<(width * 3) {
                let left: Int = x >= 3 ? 240 : 0
                let up: Int = first ? 0 : 240
                let upLeft: Int = first || x < 3 ? 0 : 240
                let predicted: Int
                switch filter {
                case 2: predicted = up
                case 3: predicted = (left + up) / 2
                default:
                    let estimate = left + up - upLeft
                    let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predicted = a <= b && a <= c ? left : b <= c ? up : upLeft
                }
                line.append(UInt8(truncatingIfNeeded: 240 - predicted))
            }
            return line
        }
        #expect(
            UniformPicture.isUniform(Self.png(width: width, rows: [row(true), row(false), row(false)]), format: .png)
                == true)
        var changed = row(false)
        changed[5] &+= 1
        #expect(
            UniformPicture.isUniform(Self.png(width: width, rows: [row(true), changed, row(false)]), format: .png)
                == false)
    }

    @Test(
        "1-bit greyscale: one colour only when every pixel is, whatever the padding of the last byte",
        arguments: [
            ([UInt8(0xFF), 0xF0], true), ([0x00, 0x0F], true), ([0x55, 0x50], false), ([0xFF, 0xE0], false),
        ])
    func subBytePixels(row: [UInt8], uniform: Bool) {
        // 12 pixels a row: one full byte and four bits of the second.
        let bytes = Self.png(width: 12, rows: [[0] + row, [0] + row], depth: 1, colourType: 0)
        #expect(UniformPicture.isUniform(bytes, format: .png) == uniform)
    }

    @Test("an unknown filter type is not judged")
    func unknownFilter() {
        let rows = [[UInt8(9)] + [UInt8](repeating: 1, count: 6)]
        #expect(UniformPicture.isUniform(Self.png(width: 2, rows: rows), format: .png) == nil)
    }

    @Test("a PNG whose IHDR claims 60000 × 60000 is not decoded")
    func huge() {
        var bytes = ImageWriter.png(width: 4, height: 4)
        bytes.replaceSubrange(16..<24, with: [0, 0, 0xEA, 0x60, 0, 0, 0xEA, 0x60])
        #expect(UniformPicture.isUniform(bytes, format: .png) == nil)
    }

    @Test("a BMP whose header claims a huge picture is not decoded, and does not overflow")
    func hugeBMP() {
        var bytes = ImageWriter.bmp(width: 4, height: 4)
        bytes.replaceSubrange(18..<26, with: [0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x00, 0x00, 0x80])
        #expect(UniformPicture.isUniform(bytes, format: .bmp) == nil)
        bytes.replaceSubrange(28..<30, with: [32, 0])
        #expect(UniformPicture.isUniform(bytes, format: .bmp) == nil)
    }

    @Test("garbage, truncated and damaged pictures give nil, never a crash")
    func garbage() {
        var generator = FixtureRandom(seed: 9)
        let png = ImageWriter.dialogPNG(width: 64, height: 48)
        #expect(UniformPicture.isUniform(Array(png.prefix(60)), format: .png) == nil)
        #expect(UniformPicture.isUniform([], format: .png) == nil)
        #expect(UniformPicture.isUniform([UInt8](repeating: 0xFF, count: 200), format: .png) == nil)
        #expect(UniformPicture.isUniform([UInt8](repeating: 0, count: 100), format: .bmp) == nil)
        #expect(UniformPicture.isUniform(png, format: .jpeg) == nil)
        for _ in 0..<200 {
            var damaged = png
            for _ in 0..<4 {
                let at = Int.random(in: 33..<damaged.count, using: &generator)
                damaged[at] = UInt8.random(in: 0...255, using: &generator)
            }
            // Damaged data is refused (nil) or still decodes to the dialog's lines: never one colour.
            #expect(UniformPicture.isUniform(damaged, format: .png) != true)
        }
    }

    @Test("inflate decodes stored, fixed and dynamic blocks and stops at its limit")
    func inflate() {
        let text = Array(String(repeating: "Relay access denied. ", count: 200).utf8)
        let compressed = DeflateEncoder.deflate(text)
        #expect(Inflate.decode(compressed, limit: text.count) == text)
        #expect(Inflate.decode(compressed, limit: text.count - 1) == nil)
        // A stored block (RFC 1951 §3.2.4): BFINAL 1, BTYPE 00, LEN, NLEN, the bytes.
        let stored: [UInt8] = [1, 3, 0, 0xFC, 0xFF] + Array("abc".utf8)
        #expect(Inflate.decode(stored, limit: 10) == Array("abc".utf8))
        #expect(Inflate.decode([1, 3, 0, 0xFC, 0xFE] + Array("abc".utf8), limit: 10) == nil)  // NLEN wrong
        // A fixed-Huffman block of the empty string: BFINAL 1, BTYPE 01, end of block (0000000).
        #expect(Inflate.decode([0x03, 0x00], limit: 10) == [])
        #expect(Inflate.decode([0x07], limit: 10) == nil)  // BTYPE 11 is reserved
        #expect(Inflate.decode([], limit: 10) == nil)
    }
}
