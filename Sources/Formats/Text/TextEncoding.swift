/// The character encodings that text evidence from Windows machines arrives in.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    /// UTF-8, with or without the `EF BB BF` byte-order mark.
    case utf8
    /// UTF-16 little-endian: what Windows calls "Unicode" (msinfo32, Event Viewer exports).
    case utf16LE
    /// UTF-16 big-endian, rare but cheap to accept.
    case utf16BE
    /// Microsoft's Shift_JIS (code page 932): what Japanese Windows writes as "ANSI".
    case cp932
    /// ISO-8859-1, the fallback that maps every byte to a character and never fails.
    case latin1

    /// How many bytes one code unit takes, which is also the step of a line break.
    public var codeUnitSize: Int {
        switch self {
        case .utf16LE, .utf16BE: 2
        case .utf8, .cp932, .latin1: 1
        }
    }
}

/// What the first bytes of a file say about its text encoding.
public struct TextDetection: Sendable, Equatable {
    /// The encoding to decode the file with.
    public var encoding: TextEncoding
    /// The length of the byte-order mark at the start (0 when there is none).
    public var bomLength: Int
    /// Whether the head looks like binary data rather than text (many control bytes).
    public var looksBinary: Bool

    /// Creates a detection result.
    public init(encoding: TextEncoding, bomLength: Int, looksBinary: Bool) {
        self.encoding = encoding
        self.bomLength = bomLength
        self.looksBinary = looksBinary
    }
}
