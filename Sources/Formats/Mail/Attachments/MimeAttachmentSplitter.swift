/// Finds the attachments of a MIME message (RFC 2045–2046) as its bytes stream past and hands
/// back their decoded bytes, keeping one header section, one line's start and a few held-over
/// bytes: never a whole part.
///
/// A part is an attachment unless it is a text body: `text/*` (and the textual `message/*`
/// reports of a bounce) without a file name and not marked `attachment` stays inside the mail.
/// An attached `message/rfc822` is handed back whole as an attachment (`.eml`), to be read as a
/// mail in turn; nested multiparts are followed up to ``maxBoundaryDepth``.
public struct MimeAttachmentSplitter: AttachmentSplitting {
    /// Multiparts inside multiparts that are followed; deeper ones stay inside their part.
    public static let maxBoundaryDepth = 16
    /// Bytes of a body line's start held to tell a boundary line (RFC 2046 §5.1.1: at most 70
    /// characters of boundary, two hyphens each side, transport padding).
    static let probeBytes = 256
    /// Bytes of one header line kept (RFC 5322 allows 998; the header block has its own bound).
    static let maxHeaderLineBytes = 64 * 1024

    /// Media types of text that stays inside the mail when it carries no file name.
    static let bodyMessageTypes: Set<String> = [
        "message/delivery-status", "message/disposition-notification", "message/feedback-report",
        "message/global-delivery-status", "message/global-disposition-notification", "message/global-headers",
    ]

    private var inHeader = true
    private var isTop = true
    private var boundaries: [[UInt8]] = []
    private var header = MailHeaderBlock()
    private var decoder: StreamingTransferDecoder?
    private var line: [UInt8] = []
    /// The rest of a long body line goes straight to the part: it cannot be a boundary.
    private var passingThrough = false
    private var afterCR = false
    /// The line break before the current line: content, unless a boundary line follows (§5.1.1).
    private var pendingBreak: [UInt8] = []
    private var breakIsContent = false
    private var partCount = 0
    private var output: [UInt8] = []
    /// Nothing after this point can be an attachment (a single text body, an epilogue).
    private var done = false
    private var toldHeaderCut = false

    /// Creates a splitter for one message, starting at its header.
    public init() {}

    public mutating func push(_ bytes: UnsafeRawBufferPointer, into events: inout [AttachmentEvent]) {
        var index = 0
        let count = bytes.count
        while index < count, !done {
            let byte = bytes[index]
            if afterCR {
                afterCR = false
                if byte == 0x0A {
                    if breakIsContent { pendingBreak.append(byte) }
                    index &+= 1
                    continue
                }
            }
            if byte == 0x0A || byte == 0x0D {
                breakIsContent = endLine(&events)
                pendingBreak = breakIsContent ? [byte] : []
                afterCR = byte == 0x0D
                index &+= 1
                continue
            }
            var end = index &+ 1
            while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end &+= 1 }
            take(UnsafeRawBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
        flushOutput(&events)
    }

    public mutating func finish(into events: inout [AttachmentEvent]) {
        if !done, !line.isEmpty || passingThrough || inHeader { _ = endLine(&events) }
        if decoder != nil {
            // A message that is one attachment ends with the file; inside a multipart, the
            // closing boundary should have come first.
            endPart(&events, cut: !boundaries.isEmpty)
        }
        flushOutput(&events)
    }

    /// Bytes of a line between line breaks.
    private mutating func take(_ run: UnsafeRawBufferPointer) {
        if passingThrough {
            content(run)
        } else if inHeader {
            let room = Self.maxHeaderLineBytes &- line.count
            if room > 0 { line.append(contentsOf: run.prefix(room)) }
        } else {
            let room = Self.probeBytes &- line.count
            line.append(contentsOf: run.prefix(room))
            if line.count >= Self.probeBytes {
                flushLine()
                passingThrough = true
                content(UnsafeRawBufferPointer(rebasing: run[min(run.count, room)...]))
            }
        }
    }

    /// A line ended; returns whether its line break is content of the current part.
    private mutating func endLine(_ events: inout [AttachmentEvent]) -> Bool {
        defer { line.removeAll(keepingCapacity: true) }
        if passingThrough {
            passingThrough = false
            return true
        }
        if let (position, closing) = boundary(line) {
            crossBoundary(position, closing: closing, &events)
            return false
        }
        if inHeader {
            if line.isEmpty {
                endHeader(&events)
            } else {
                header.add(line: line[...])
            }
            return false
        }
        flushLine()
        return true
    }

    /// The held line start is content: the break before it, then its bytes.
    private mutating func flushLine() {
        if !pendingBreak.isEmpty {
            pendingBreak.withUnsafeBytes { content($0) }
            pendingBreak.removeAll(keepingCapacity: true)
        }
        line.withUnsafeBytes { content($0) }
    }

    private mutating func content(_ bytes: UnsafeRawBufferPointer) {
        guard decoder != nil, !bytes.isEmpty else { return }
        decoder?.decode(bytes, into: &output)
    }

    /// Which open boundary `line` is (innermost first, as an outer one also ends inner parts).
    private func boundary(_ line: [UInt8]) -> (Int, closing: Bool)? {
        guard line.count >= 2, line[0] == 0x2D, line[1] == 0x2D else { return nil }
        for position in boundaries.indices.reversed() where line.starts(with: boundaries[position]) {
            let rest = line.dropFirst(boundaries[position].count)
            let closing = rest.starts(with: [0x2D, 0x2D])
            let tail = closing ? rest.dropFirst(2) : rest
            if tail.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return (position, closing) }
        }
        return nil
    }

    private mutating func crossBoundary(_ position: Int, closing: Bool, _ events: inout [AttachmentEvent]) {
        pendingBreak.removeAll(keepingCapacity: true)
        if decoder != nil { endPart(&events, cut: false) }
        header = MailHeaderBlock()
        if closing {
            boundaries.removeSubrange(position...)
            inHeader = false
            done = boundaries.isEmpty  // the epilogue
        } else {
            boundaries.removeSubrange((position &+ 1)...)
            inHeader = true
            partCount &+= 1
        }
    }

    private mutating func endHeader(_ events: inout [AttachmentEvent]) {
        let block = header
        header = MailHeaderBlock()
        inHeader = false
        let top = isTop
        isTop = false
        if block.truncated && !toldHeaderCut {
            toldHeaderCut = true
            events.append(.problem("a header section over \(MailHeaderBlock.maxBytes) bytes was cut"))
        }
        let type = MimeParameters(block.value("content-type") ?? [])
        let mediaType = type.value.contains("/") ? type.value : "text/plain"
        if mediaType.hasPrefix("multipart/"), let boundary = type.text("boundary"), !boundary.isEmpty {
            if boundaries.count < Self.maxBoundaryDepth {
                boundaries.append(Array("--".utf8) + Array(boundary.utf8))
                return
            }
            events.append(.problem("multiparts nested over \(Self.maxBoundaryDepth) deep: their parts stay inside"))
        }
        let disposition = MimeParameters(block.value("content-disposition") ?? [])
        let name = (disposition.decoded("filename") ?? type.decoded("name")).map(Self.cleaned) ?? ""
        let stays =
            (mediaType.hasPrefix("text/") || Self.bodyMessageTypes.contains(mediaType)
                || mediaType.hasPrefix("multipart/"))
            && name.isEmpty && disposition.value != "attachment"
        guard !stays else {
            done = boundaries.isEmpty
            return
        }
        flushOutput(&events)
        let fileName = name.isEmpty ? "attachment-\(top ? 0 : partCount).\(Self.suffix(for: mediaType))" : name
        events.append(.begin(name: fileName))
        decoder = StreamingTransferDecoder(.init(block.text("content-transfer-encoding")))
    }

    private mutating func endPart(_ events: inout [AttachmentEvent], cut: Bool) {
        guard var open = decoder else { return }
        decoder = nil
        open.finish(into: &output)
        flushOutput(&events)
        var problems: [String] = []
        if cut {
            // Bounce mails and hand-made replies often end without the closing boundary: like
            // Python's email package, the part runs to the end of the mail. A file cut inside it
            // shows as damage when it is read (a truncated zip, a cut event log).
            events.append(
                .problem("the mail has no closing MIME boundary: its last attachment runs to the end of the mail"))
        }
        if open.skippedBytes > 0 {
            problems.append("\(open.skippedBytes) bytes outside the base64 alphabet were skipped")
        }
        events.append(.end(problem: problems.isEmpty ? nil : problems.joined(separator: "; ")))
    }

    private mutating func flushOutput(_ events: inout [AttachmentEvent]) {
        guard !output.isEmpty else { return }
        events.append(.data(output))
        output = []
    }

    /// A name without control characters or surrounding space, at most 255 characters.
    static func cleaned(_ name: String) -> String {
        let kept = name.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
        return String(String.UnicodeScalarView(kept)).trimmingASCIISpaces().prefix(255).description
    }

    /// The suffix of a made-up name: what recognition by name would expect of the type.
    static func suffix(for mediaType: String) -> String {
        switch mediaType {
        case "message/rfc822", "message/global": "eml"
        case "application/zip", "application/x-zip-compressed": "zip"
        case "image/png": "png"
        case "image/jpeg": "jpg"
        case "image/gif": "gif"
        case "image/bmp": "bmp"
        case "application/pdf": "pdf"
        case "application/ms-tnef", "application/vnd.ms-tnef": "dat"
        default: "bin"
        }
    }
}
