/// Reads an image's format and pixel size from its header, consuming the rest cheaply.
///
/// Layouts: PNG IHDR width/height big-endian at 16/20 (PNG spec §11.2.2); GIF logical
/// screen width/height little-endian at 6/8 (GIF89a §18); BMP DIB header at 14, sizes at
/// 18/22 (16-bit for the 12-byte OS/2 core header); JPEG: the first SOFn segment's height
/// and width after the precision byte (ITU T.81 B.2.2).
public struct ImageInfoReader: ByteStreamParser {
    private var head: [UInt8] = []
    private var info = ImageInfo(format: nil)
    private var decided = false
    private var done = false
    private var jpeg = JPEGMarkerWalker()

    /// Creates a reader at the start of a file.
    public init() {}

    /// Feeds the next block; after the size is known, blocks are ignored.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        guard !done else { return }
        if info.format == .jpeg {
            feedJPEG(bytes)
            return
        }
        let taken = min(bytes.count, max(0, Self.headLength &- head.count))
        head.append(contentsOf: bytes.prefix(taken))
        if !decided, head.count >= Self.headLength {
            decide(rest: UnsafeRawBufferPointer(rebasing: bytes.dropFirst(taken)))
        }
    }

    /// Enough for every fixed header (BMP needs 26) and the magic of all four formats.
    private static let headLength = 32

    private mutating func decide(rest: UnsafeRawBufferPointer) {
        decided = true
        info.format = ImageSignature.format(head: head)
        switch info.format {
        case .jpeg?:
            let all = head
            all.withUnsafeBytes { feedJPEG($0) }
            if !done { feedJPEG(rest) }
        case nil:
            done = true
        default:
            readFixedHeader()
        }
    }

    /// Returns what the header said; sizes stay nil when it was cut short.
    public mutating func finish() -> ImageInfo {
        if !decided { decide(rest: UnsafeRawBufferPointer(start: nil, count: 0)) }
        return info
    }

    private mutating func feedJPEG(_ bytes: UnsafeRawBufferPointer) {
        if let size = jpeg.feed(bytes) {
            info.width = size.width
            info.height = size.height
            done = true
        } else if jpeg.gaveUp {
            done = true
        }
    }

    private mutating func readFixedHeader() {
        guard info.width == nil else { return }
        switch info.format {
        case .png? where head.count >= 24:
            info.width = Int(bigEndian32(at: 16))
            info.height = Int(bigEndian32(at: 20))
            done = true
        case .gif? where head.count >= 10:
            info.width = Int(head[6]) | Int(head[7]) << 8
            info.height = Int(head[8]) | Int(head[9]) << 8
            done = true
        case .bmp? where head.count >= 26:
            if littleEndian32(at: 14) == 12 {
                info.width = Int(head[18]) | Int(head[19]) << 8
                info.height = Int(head[20]) | Int(head[21]) << 8
            } else {
                info.width = Int(Int32(bitPattern: littleEndian32(at: 18))).magnitude.clampedInt
                // A negative height means a top-down bitmap.
                info.height = Int(Int32(bitPattern: littleEndian32(at: 22))).magnitude.clampedInt
            }
            done = true
        default:
            break
        }
    }

    private func bigEndian32(at offset: Int) -> UInt32 {
        head[offset...offset + 3].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private func littleEndian32(at offset: Int) -> UInt32 {
        head[offset...offset + 3].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}

extension UInt {
    fileprivate var clampedInt: Int { Int(clamping: self) }
}
