/// Reads a stored mail message (`.eml`, or an mbox whose first message it describes) as a
/// stream: header sections are kept within a bound, bodies are scanned line by line per MIME
/// part keeping only a small sample for charset diagnosis.
public struct MailMessageReader: ByteStreamParser {
    /// The most parts listed in the summary; further parts are counted.
    public static let maxParts = 64
    /// Raw body bytes kept per part for diagnosis.
    static let sampleBytes = 16 * 1024
    /// Bytes of the first plain-text body kept as `MailMessageSummary.bodyText`.
    public static let bodyTextBytes = 256 * 1024
    /// The deepest multipart nesting followed.
    static let maxBoundaries = 16

    struct HeaderContext {
        var depth: Int
        var isTop: Bool
        var isAttachedMessage: Bool
    }

    struct OpenPart {
        var index: Int?
        var part: MailPart
        var sample: [UInt8] = []
        var sampleCut = false
        /// The body as stored, when this part is the message's text (first text/plain, not an attachment).
        var body: [UInt8]?
        var bodyCut = false
    }

    enum State {
        case header(HeaderContext)
        case body
        case otherMessages
    }

    private var splitter = MailLineSplitter()
    private var summary = MailMessageSummary()
    private var state = State.header(HeaderContext(depth: 0, isTop: true, isAttachedMessage: false))
    private var block = MailHeaderBlock()
    private var boundaries: [(marker: [UInt8], depth: Int)] = []
    private var current: OpenPart?
    private var started = false
    private var previousLineBlank = true
    private var sawEightBit = false
    /// The top header section, described at the end: its raw 8-bit text is read in the charset
    /// the message declares, which a multipart message names only in its first text part.
    private var topHeader: MailHeaderBlock?
    /// Which body is being kept: the first text/plain one, else the first text/html one until a
    /// plain one comes (its text then stands in for `bodyText`).
    private var keptBody = KeptBody.none
    private var htmlBodyText: String?

    private enum KeptBody { case none, html, plain }

    /// Creates a reader.
    public init() {}

    /// Feeds the next block of the file.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        summary.byteCount &+= bytes.count
        var lines: [ArraySlice<UInt8>] = []
        splitter.push(bytes) { lines.append($0) }
        for line in lines { handle(line) }
    }

    /// Ends the file and returns the summary.
    public mutating func finish() -> MailMessageSummary {
        var lines: [ArraySlice<UInt8>] = []
        splitter.finish { lines.append($0) }
        for line in lines { handle(line) }
        if case .header(let context) = state, started {
            if context.isTop { summary.headerUnterminated = true }
            endHeader(context)
        }
        finishOpenPart()
        if summary.bodyText == nil { summary.bodyText = htmlBodyText }
        if let topHeader { describeMessage(topHeader) }
        summary.lineEndings = splitter.endings
        let toldNoCharset = summary.hints.contains { $0.code == .noCharset }
        if sawEightBit && summary.declaredCharsets.isEmpty && !toldNoCharset {
            summary.hints.append(
                MailDiagnosis(
                    code: .noCharset,
                    detail: "message: 8-bit bytes and no charset declared anywhere"))
        }
        summary.hints = MailDiagnosisOrder.ordered(summary.hints)
        return summary
    }

    private mutating func handle(_ line: ArraySlice<UInt8>) {
        if !started {
            started = true
            summary.messageCount = 1
            if line.starts(with: Self.fromSeparator) {
                summary.container = .mbox
                return
            }
        }
        if summary.container == .mbox, previousLineBlank, line.starts(with: Self.fromSeparator) {
            summary.messageCount &+= 1
            if summary.messageCount == 2 {
                if case .header(let context) = state { endHeader(context) }
                finishOpenPart()
                state = .otherMessages
            }
            previousLineBlank = false
            return
        }
        previousLineBlank = line.isEmpty
        switch state {
        case .otherMessages:
            return
        case .header(let context):
            if line.isEmpty { endHeader(context) } else { block.add(line: line) }
        case .body:
            bodyLine(line)
        }
    }

    private static let fromSeparator = Array("From ".utf8)

    private mutating func endHeader(_ context: HeaderContext) {
        defer { block = MailHeaderBlock() }
        if block.truncated { summary.headerTruncated = true }
        if !block.eightBitFieldNames.isEmpty { sawEightBit = true }
        let contentType = block.parameterized("content-type")
        let type = contentType.map(\.value).flatMap { $0.contains("/") ? $0 : nil } ?? "text/plain"
        let parameters = contentType?.parameters ?? [:]
        var part = MailPart(
            contentType: type, charset: parameters["charset"].map(MailCharset.normalized),
            transferEncoding: block.text("content-transfer-encoding")?.lowercased(),
            depth: context.depth)
        let fileName = block.parameterized("content-disposition")?.parameters["filename"] ?? parameters["name"]
        part.fileName = fileName.map(EncodedWords.decode)
        if let charset = part.charset { noteCharset(charset) }
        for (_, value) in block.fields where value.contains(UInt8(ascii: "?")) {
            for word in EncodedWords.decode(value).words { noteCharset(word.charset) }
        }
        let place =
            context.isTop
            ? "message header"
            : context.isAttachedMessage ? "attached message header" : "part header"
        if context.isTop {
            topHeader = block
        } else {
            let declared = [part.charset, summary.parts.first?.charset].compactMap { $0 }
            let charset = block.rawCharset(declared: declared)
            if let hint = MailDiagnostician.rawHeaderHint(block, where: place, charset: charset) {
                summary.hints.append(hint)
            }
        }
        summary.hints.append(contentsOf: MailDiagnostician.encodedWordHints(block, where: place))

        var index: Int?
        if summary.parts.count < Self.maxParts {
            index = summary.parts.count
            summary.parts.append(part)
        } else {
            summary.partsNotListed &+= 1
        }
        if type.hasPrefix("multipart/"), let boundary = parameters["boundary"], !boundary.isEmpty,
            boundaries.count < Self.maxBoundaries
        {
            boundaries.append((Array("--\(boundary)".utf8), context.depth))
            state = .body
        } else if type == "message/rfc822" || type == "message/global" {
            state = .header(HeaderContext(depth: context.depth &+ 1, isTop: false, isAttachedMessage: true))
        } else {
            current = OpenPart(index: index, part: part)
            if part.fileName == nil, !context.isAttachedMessage, current?.body == nil,
                (type == "text/plain" && keptBody != .plain) || (type == "text/html" && keptBody == .none)
            {
                current?.body = []
                keptBody = type == "text/plain" ? .plain : .html
            }
            state = .body
        }
    }

    /// The message's own fields, raw bytes read in the charset the message declares (its
    /// Content-Type, else its first text part's), else in the one detected for them.
    private mutating func describeMessage(_ block: MailHeaderBlock) {
        let firstText = summary.parts.first { $0.contentType.hasPrefix("text/") && $0.charset != nil }
        let declared = [summary.parts.first?.charset, firstText?.charset].compactMap { $0 }
            .filter { !MailDiagnostician.unknownCharsets.contains($0) }
        let raw = block.rawCharset(declared: declared)
        summary.subject = block.decoded("subject", raw: raw)?.text
        summary.rawSubject = block.text("subject", raw: raw)
        summary.from = block.decoded("from", raw: raw)?.text
        summary.to = block.decoded("to", raw: raw)?.text
        summary.date = block.text("date", raw: raw)
        summary.messageID = block.text("message-id", raw: raw)
        summary.unsent = block.text("x-unsent") == "1"
        if let hint = MailDiagnostician.rawHeaderHint(block, where: "message header", charset: raw) {
            summary.hints.append(hint)
        }
    }

    private mutating func noteCharset(_ charset: String) {
        let name = MailCharset.normalized(charset)
        if !name.isEmpty, !summary.declaredCharsets.contains(name), summary.declaredCharsets.count < 32 {
            summary.declaredCharsets.append(name)
        }
    }

    private mutating func bodyLine(_ line: ArraySlice<UInt8>) {
        if line.starts(with: [0x2D, 0x2D]) {
            for position in boundaries.indices.reversed() where line.starts(with: boundaries[position].marker) {
                let rest = line.dropFirst(boundaries[position].marker.count)
                let closing = rest.starts(with: [0x2D, 0x2D])
                let tail = closing ? rest.dropFirst(2) : rest
                guard tail.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
                finishOpenPart()
                if closing {
                    boundaries.removeSubrange(position...)
                    state = .body
                } else {
                    let depth = boundaries[position].depth &+ 1
                    boundaries.removeSubrange((position &+ 1)...)
                    state = .header(HeaderContext(depth: depth, isTop: false, isAttachedMessage: false))
                }
                return
            }
        }
        guard var open = current else { return }
        current = nil
        open.part.bodyBytes &+= line.count
        if let count = open.body?.count, !open.bodyCut {
            if count &+ line.count &+ 1 <= Self.bodyTextBytes {
                open.body?.append(contentsOf: line)
                open.body?.append(0x0A)
            } else {
                open.bodyCut = true
            }
        }
        if !open.sampleCut {
            if open.sample.count &+ line.count &+ 1 <= Self.sampleBytes {
                open.sample.append(contentsOf: line)
                open.sample.append(0x0A)
            } else {
                open.sampleCut = true
            }
        }
        current = open
    }

    /// A kept body decoded: transfer encoding, then the declared charset (ISO-2022-JP when
    /// undeclared but escaped, as old Japanese mailers send).
    private static func text(of body: [UInt8], part: MailPart, cut: Bool) -> String {
        var decoded: [UInt8]
        switch part.transferEncoding ?? "" {
        case "base64": decoded = TransferDecoding.base64(body)
        case "quoted-printable": decoded = TransferDecoding.quotedPrintable(body)
        default: decoded = body
        }
        if cut, let lastBreak = decoded.lastIndex(of: 0x0A) {
            decoded.removeSubrange((lastBreak &+ 1)...)
        }
        let charset = part.charset ?? (decoded.contains(0x1B) ? "iso-2022-jp" : "utf-8")
        return MailCharset.decodeLeniently(decoded, charset: charset)
    }

    private mutating func finishOpenPart() {
        guard let open = current else { return }
        current = nil
        var part = open.part
        var decoded: [UInt8]
        switch part.transferEncoding ?? "" {
        case "base64": decoded = TransferDecoding.base64(open.sample)
        case "quoted-printable": decoded = TransferDecoding.quotedPrintable(open.sample)
        default: decoded = open.sample
        }
        // A cut sample may end inside a character: keep whole lines only.
        if open.sampleCut, let lastBreak = decoded.lastIndex(of: 0x0A) { decoded.removeSubrange((lastBreak &+ 1)...) }
        part.hasEightBitBytes = decoded.contains(where: { $0 >= 0x80 })
        if part.hasEightBitBytes { sawEightBit = true }
        if let index = open.index, index < summary.parts.count { summary.parts[index] = part }
        if let body = open.body {
            let text = Self.text(of: body, part: part, cut: open.bodyCut)
            if part.contentType == "text/html" {
                htmlBodyText = HTMLBodyText.text(of: text)
            } else {
                summary.bodyText = text
            }
        }
        guard part.contentType.hasPrefix("text/") else { return }
        let place = "part \(open.index.map { String($0 &+ 1) } ?? "?") (\(part.contentType))"
        summary.hints.append(
            contentsOf: MailDiagnostician.textHints(
                decoded, declared: part.charset, where: place,
                part: open.index))
    }
}
