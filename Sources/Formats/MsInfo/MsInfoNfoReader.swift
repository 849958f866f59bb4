/// Reads a System Information `.nfo` file (XML, usually UTF-16LE with a byte-order mark)
/// as a stream: the first `<Category>` is the System Summary, its `<Data>` children are
/// read by position (item, value) because their element names are localised [FORMATS §3].
///
/// Nothing but the current tag or text is held; the 1 MB+ rest is scanned and counted.
public struct MsInfoNfoReader: ByteStreamParser {
    private var head: [UInt8] = []
    private var encoding: TextEncoding?
    private var carriedByte: UInt8?
    private var scanner = MarkupScanner()
    private var builder = MsInfoSummaryBuilder(format: "nfo")

    private var categoryDepth = 0
    private var summaryDepth: Int?
    private var summaryRowsOver = false
    private var inData = false
    /// Inside a `<Data>` row of a category after the summary (adapters and the like).
    private var inDetail = false
    private var dataChildren: [String] = []
    private var capturing: [UInt16]?
    private var inMetadata = false
    private var rowPosition = 0
    private var cp932: CP932Converter?

    /// Creates a reader at the start of a file.
    public init() {}

    /// Feeds the next block of the file.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        guard encoding != nil else {
            head.append(contentsOf: bytes)
            if head.count >= TextDecoding.detectionWindow { start() }
            return
        }
        scan(bytes)
    }

    /// Ends the file and returns the summary.
    public mutating func finish() -> MsInfoSummary {
        if encoding == nil { start() }
        var summary = builder.finish()
        summary.encoding = encoding
        return summary
    }

    private mutating func start() {
        let detection = TextDecoding.detect(head: head)
        encoding = detection.encoding
        if detection.encoding == .cp932 { cp932 = CP932Converter() }
        let buffered = head
        head = []
        buffered.withUnsafeBytes { scan(UnsafeRawBufferPointer(rebasing: $0.dropFirst(detection.bomLength))) }
    }

    private mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        switch encoding {
        case .utf16LE?, .utf16BE?:
            let little = encoding == .utf16LE
            var index = 0
            if let carried = carriedByte {
                carriedByte = nil
                let unit = little ? UInt16(carried) | UInt16(bytes[0]) << 8 : UInt16(carried) << 8 | UInt16(bytes[0])
                feed(unit)
                index = 1
            }
            while index &+ 1 < bytes.count {
                let first = UInt16(bytes[index]), second = UInt16(bytes[index &+ 1])
                feed(little ? first | second << 8 : first << 8 | second)
                index &+= 2
            }
            if index < bytes.count { carriedByte = bytes[index] }
        default:
            for byte in bytes { feed(UInt16(byte)) }
        }
    }

    private mutating func feed(_ unit: UInt16) {
        guard let event = scanner.feed(unit) else { return }
        switch event {
        case .start(let name, let raw, let empty):
            started(name, raw: raw)
            if empty { ended(name) }
        case .end(let name):
            ended(name)
        case .text(let units, _):
            guard capturing != nil else { return }
            let room = MarkupScanner.maxUnits &- (capturing?.count ?? 0)
            capturing?.append(contentsOf: units.prefix(max(0, room)))
        }
    }

    private mutating func started(_ name: String, raw: [UInt16]) {
        switch name {
        case "Category":
            categoryDepth &+= 1
            builder.section(named: MarkupScanner.attribute("name", in: raw).map { text($0, markup: true) } ?? "")
            if summaryDepth == nil {
                summaryDepth = categoryDepth
            } else {
                summaryRowsOver = true  // sub-categories follow the summary's own rows
            }
        case "Data" where categoryDepth == summaryDepth && !summaryRowsOver:
            inData = true
            inDetail = false
            dataChildren = []
        case "Data" where summaryRowsOver:
            // Rows of the other categories: only the adapters' addresses are kept.
            inData = true
            inDetail = true
            dataChildren = []
        case "Metadata":
            inMetadata = true
        case "CreationUTC" where inMetadata:
            capturing = []
        default:
            if inData && (!inDetail || dataChildren.count < 2) { capturing = [] }
        }
    }

    private mutating func ended(_ name: String) {
        switch name {
        case "Category":
            if categoryDepth == summaryDepth { summaryRowsOver = true }
            categoryDepth = max(0, categoryDepth &- 1)
        case "Data" where inData:
            inData = false
            if inDetail {
                if dataChildren.count >= 2 { builder.detailRow(key: dataChildren[0], value: dataChildren[1]) }
            } else if dataChildren.count >= 2 {
                builder.row(key: dataChildren[0], value: dataChildren[1], position: rowPosition)
                rowPosition &+= 1
            }
        case "Metadata":
            inMetadata = false
        case "CreationUTC" where inMetadata:
            builder.summary.reportTime = capturing.map { text($0, markup: false) }?.trimmingSpaces()
            capturing = nil
        default:
            if inData, let units = capturing {
                dataChildren.append(text(units, markup: false))
                capturing = nil
            }
        }
    }

    /// Decodes collected units; entities are replaced (CDATA has none to replace).
    private mutating func text(_ units: [UInt16], markup: Bool) -> String {
        let decoded: String
        switch encoding {
        case .utf16LE?, .utf16BE?:
            decoded = String(decoding: units, as: UTF16.self)
        case let other:
            let bytes = units.map { UInt8(truncatingIfNeeded: $0) }
            decoded = bytes.withUnsafeBytes { TextDecoding.decode($0, as: other ?? .utf8, cp932: cp932) }
        }
        return XMLEntities.decode(decoded)
    }
}
