/// One line of a text file, decoded, without its line break.
public struct TextLine: Sendable, Equatable {
    /// 1-based line number in the file.
    public var number: Int
    /// The decoded text; at most the reader's `maxLineBytes` of the original line.
    public var text: String
    /// Whether the original line was longer than `maxLineBytes` and was cut.
    public var truncated: Bool

    /// Creates a line.
    public init(number: Int, text: String, truncated: Bool) {
        self.number = number
        self.text = text
        self.truncated = truncated
    }
}

/// A streaming line splitter for text evidence: push blocks of bytes of any size, get whole
/// decoded lines back. Detects the encoding from the first bytes (unless told), skips the
/// byte-order mark, treats CRLF, LF and a lone CR as one line break, and never buffers more
/// than `maxLineBytes` of a line: the rest of a 1 GB line is counted, not kept.
public struct LineReader {
    /// The longest part of a line that is kept and decoded, in bytes.
    public let maxLineBytes: Int
    /// The encoding in use, known once enough head bytes arrived (or at `finish`).
    public private(set) var detection: TextDetection?
    /// Lines delivered so far.
    public internal(set) var lineCount = 0
    /// Lines cut because they were longer than `maxLineBytes`.
    public internal(set) var truncatedLines = 0
    /// Bytes pushed so far, byte-order mark included.
    public private(set) var byteCount = 0

    private let forcedEncoding: TextEncoding?
    var head: [UInt8] = []
    var line: [UInt8] = []
    var lineOverflowed = false
    var afterCR = false
    var carriedByte: UInt8?
    var cp932: CP932Converter?

    /// Creates a reader; pass `encoding` when the caller already knows it.
    public init(encoding: TextEncoding? = nil, maxLineBytes: Int = 64 * 1024) {
        self.forcedEncoding = encoding
        self.maxLineBytes = max(16, maxLineBytes)
    }

    /// Feeds the next block; `onLine` is called for every line completed by it.
    public mutating func push(_ bytes: UnsafeRawBufferPointer, _ onLine: (TextLine) -> Void) {
        byteCount &+= bytes.count
        guard detection != nil else {
            head.append(contentsOf: bytes)
            if head.count >= TextDecoding.detectionWindow { startWithHead(onLine) }
            return
        }
        split(bytes, onLine)
    }

    /// Feeds a byte array (tests, small inputs).
    public mutating func push(_ bytes: [UInt8], _ onLine: (TextLine) -> Void) {
        bytes.withUnsafeBytes { push($0, onLine) }
    }

    /// Ends the text; delivers a last line that had no line break.
    public mutating func finish(_ onLine: (TextLine) -> Void) {
        if detection == nil { startWithHead(onLine) }
        if !line.isEmpty || lineOverflowed { emit(onLine) }
        line = []
    }

    private mutating func startWithHead(_ onLine: (TextLine) -> Void) {
        var found = TextDecoding.detect(head: head)
        if let forcedEncoding, forcedEncoding != found.encoding {
            found = TextDetection(encoding: forcedEncoding, bomLength: 0, looksBinary: found.looksBinary)
        }
        detection = found
        if found.encoding == .cp932 { cp932 = CP932Converter() }
        let buffered = head
        head = []
        buffered.withUnsafeBytes { split(UnsafeRawBufferPointer(rebasing: $0.dropFirst(found.bomLength)), onLine) }
    }
}
