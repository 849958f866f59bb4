/// The picture formats customers send as screenshots.
public enum ImageFormat: String, Sendable, Codable {
    /// Portable Network Graphics.
    case png
    /// JPEG (JFIF or Exif).
    case jpeg
    /// Windows bitmap.
    case bmp
    /// GIF 87a/89a.
    case gif
}

/// What an image's header says: its format and pixel size.
public struct ImageInfo: Sendable, Codable, Equatable {
    /// The format, or nil when the bytes are no image this tool knows.
    public var format: ImageFormat?
    /// Width in pixels, when the header was complete.
    public var width: Int?
    /// Height in pixels, when the header was complete.
    public var height: Int?

    /// Creates an image description.
    public init(format: ImageFormat?, width: Int? = nil, height: Int? = nil) {
        self.format = format
        self.width = width
        self.height = height
    }
}

/// Recognises image formats by their magic bytes.
public enum ImageSignature {
    /// The format whose magic starts `head`, if any.
    public static func format(head: [UInt8]) -> ImageFormat? {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }  // PNG spec §5.2
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }  // SOI + next marker (ITU T.81 B.1.1.3)
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) { return .gif }
        if head.starts(with: Array("BM".utf8)), head.count >= 18 {
            // "BM" alone is too weak: also ask for a known DIB header size at offset 14.
            let dibSize = UInt32(head[14]) | UInt32(head[15]) << 8 | UInt32(head[16]) << 16 | UInt32(head[17]) << 24
            return [12, 40, 52, 56, 64, 108, 124].contains(dibSize) ? .bmp : nil
        }
        return nil
    }
}
