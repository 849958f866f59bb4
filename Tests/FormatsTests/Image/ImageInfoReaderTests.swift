import CaseFixtures
import Formats
import Testing

@Suite struct ImageInfoReaderTests {
    static let sizes = [(1, 1), (640, 480), (1024, 37)]

    @Test(
        "PNG, BMP and GIF from the writer report their size at any block size",
        arguments: [ImageFormat.png, .bmp, .gif], [1, 7, 65536])
    func writtenImages(format: ImageFormat, blockSize: Int) {
        for (width, height) in Self.sizes {
            let bytes: [UInt8] =
                switch format {
                case .png: ImageWriter.png(width: width, height: height)
                case .bmp: ImageWriter.bmp(width: width, height: height)
                case .gif: ImageWriter.gif(width: width, height: height)
                case .jpeg: []
                }
            #expect(ImageSignature.format(head: Array(bytes.prefix(32))) == format)
            let info = EvidenceTestSupport.parse(ImageInfoReader(), bytes, blockSize: blockSize)
            #expect(info == ImageInfo(format: format, width: width, height: height))
        }
    }

    /// A JPEG head built from ITU T.81 B.2: SOI, APP0 (JFIF), DQT, DHT, then SOF0/SOF2 with
    /// height 600 and width 800. DHT (C4) comes first to show it is not taken for a frame.
    static func jpeg(frameMarker: UInt8, fill: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        bytes += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
        bytes += [0xFF, 0xC4, 0x00, 0x05, 0x00, 0x01, 0x02]
        if fill { bytes += [0xFF, 0xFF] }
        bytes += [0xFF, frameMarker, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03]
        bytes += [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        bytes +=
            [0xFF, 0xDA, 0x00, 0x0C, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0] + [UInt8](repeating: 0x55, count: 5000)
        return bytes + [0xFF, 0xD9]
    }

    @Test(
        "a JPEG's size comes from its first frame header, not from DHT", arguments: [UInt8(0xC0), 0xC2], [1, 7, 4096])
    func jpegFrame(marker: UInt8, blockSize: Int) {
        let info = EvidenceTestSupport.parse(
            ImageInfoReader(), Self.jpeg(frameMarker: marker, fill: true),
            blockSize: blockSize)
        #expect(info == ImageInfo(format: .jpeg, width: 800, height: 600))
    }

    @Test("cut or broken headers keep the format and leave the size unknown")
    func damaged() {
        let png = ImageWriter.png(width: 10, height: 10)
        #expect(EvidenceTestSupport.parse(ImageInfoReader(), Array(png.prefix(12))) == ImageInfo(format: .png))
        let jpeg = Self.jpeg(frameMarker: 0xC0)
        #expect(EvidenceTestSupport.parse(ImageInfoReader(), Array(jpeg.prefix(100))) == ImageInfo(format: .jpeg))
        // A segment length below 2 is impossible: the walker gives up instead of looping.
        let bad: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01] + [UInt8](repeating: 0, count: 100)
        #expect(EvidenceTestSupport.parse(ImageInfoReader(), bad) == ImageInfo(format: .jpeg))
        // Scan data before any frame header: no size.
        let noFrame: [UInt8] = [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02] + [UInt8](repeating: 0xC0, count: 100)
        #expect(EvidenceTestSupport.parse(ImageInfoReader(), noFrame) == ImageInfo(format: .jpeg))
    }

    @Test("text and garbage are no image")
    func notImages() {
        let text = Array("BMW is a car, not a bitmap header".utf8)
        #expect(EvidenceTestSupport.parse(ImageInfoReader(), text).format == nil)
        #expect(EvidenceTestSupport.parse(ImageInfoReader(), [0x42]).format == nil)
        #expect(EvidenceTestSupport.parse(ImageInfoReader(), []).format == nil)
    }
}
