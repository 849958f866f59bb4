import Formats
import Foundation

/// What a parser found in one file, in the shape `summary.json` publishes under `facts`.
public indirect enum FileFacts: Sendable {
    case none
    /// A nested archive Intake opened.
    case archive(format: String)
    /// Plain text: its encoding and line count.
    case text(TextFacts)
    /// A Windows event log (.evtx or legacy .evt).
    case eventLog(EventLogSummary)
    /// A packet capture (pcap, pcapng).
    case capture(CaptureSummary)
    /// An msinfo32 export (text or .nfo).
    case systemInformation(MsInfoSummary)
    /// A picture: its format and size, and its bytes when small enough to show.
    case image(ImageFacts)
    /// ServerProtect's debug log (SPNT.log), read leniently.
    case debugLog(SpntLogSummary)
    /// A stored mail message (.eml, mbox, .msg): headers, parts and mojibake hints.
    case mail(MailMessageSummary)
    /// A transcript of `telnet <mail server> 25`.
    case telnet(TelnetTranscript)
    /// A mail server's log.
    case mailServerLog(MailServerLogSummary)
    /// A filled hearing sheet: its text, kept (bounded) for the assessment to read.
    case hearingSheet(SheetText)
    /// A part of an Excel workbook (shared strings, a worksheet, styles), parsed for the
    /// assessment to read a returned Excel hearing sheet.
    case workbookPart(WorkbookPart)

    /// The event log summary, when the file is one.
    public var eventLog: EventLogSummary? {
        if case .eventLog(let summary) = self { return summary }
        return nil
    }

    /// The capture summary, when the file is one.
    public var capture: CaptureSummary? {
        if case .capture(let summary) = self { return summary }
        return nil
    }

    /// The plain text's facts, when the file is one.
    public var text: TextFacts? {
        if case .text(let facts) = self { return facts }
        return nil
    }

    /// The picture's facts, when the file is one.
    public var image: ImageFacts? {
        if case .image(let facts) = self { return facts }
        return nil
    }

    /// The SPNT.log summary, when the file is one.
    public var debugLog: SpntLogSummary? {
        if case .debugLog(let summary) = self { return summary }
        return nil
    }

    /// The mail message's summary, when the file is one.
    public var mail: MailMessageSummary? {
        if case .mail(let summary) = self { return summary }
        return nil
    }

    /// The telnet transcript, when the file is one.
    public var telnet: TelnetTranscript? {
        if case .telnet(let transcript) = self { return transcript }
        return nil
    }

    /// The mail server log's summary, when the file is one.
    public var mailServerLog: MailServerLogSummary? {
        if case .mailServerLog(let summary) = self { return summary }
        return nil
    }

    /// The msinfo32 summary, when the file is one.
    public var systemInformation: MsInfoSummary? {
        if case .systemInformation(let summary) = self { return summary }
        return nil
    }
}

/// The text of a hearing sheet found in the case (at most `SheetText.limit` bytes are kept).
public struct SheetText: Sendable, Encodable {
    public static let limit = 1 << 20
    public let text: String
    public let truncated: Bool

    private enum CodingKeys: String, CodingKey { case characters, truncated }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text.count, forKey: .characters)
        try container.encode(truncated, forKey: .truncated)
    }
}

/// A received picture: what its header says, and the picture itself when it is at most
/// `ImageFacts.previewLimit` bytes, for the report's thumbnail (never published in summary.json).
public struct ImageFacts: Sendable {
    public static let previewLimit = 1 << 20
    public let info: ImageInfo
    public let preview: [UInt8]?
    /// One colour all over (a blank capture); nil when the picture was not kept or cannot be read.
    public let isUniform: Bool?

    public init(info: ImageInfo, preview: [UInt8]?) {
        self.info = info
        self.preview = preview
        isUniform = preview.flatMap { UniformPicture.isUniform($0, format: info.format) }
    }
}

/// Facts of a plain text file.
public struct TextFacts: Sendable, Encodable, Equatable {
    /// Lines kept from the start of the file for the checks (e.g. versions noted in a text file).
    public static let keptLines = 64

    public var encoding: String
    public var lines: Int
    /// The first `keptLines` lines (never published in summary.json).
    public var head: [String]

    private enum CodingKeys: String, CodingKey { case encoding, lines }
}
