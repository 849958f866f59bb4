import Formats
import Foundation
import Intake

/// What the parsers may know before they read: the customer's zone, the Normal Server and the
/// checklist's event sources.
struct InspectionContext {
    let timeZone: TimeZone
    let serverAddresses: [String]
    /// Which event log records to keep for the report (`EventSelection`).
    let keepEvent: @Sendable (EventRecord) -> Bool
    /// What all files of the case together may keep in memory.
    let retention = RetentionBudget()
}

/// Chooses the parser for each kind of evidence.
enum Inspections {
    /// The inspection for a file of `kind`, or nil for kinds with nothing to read.
    /// - Parameter modified: the file's modified time, as its archive or folder states it.
    static func make(for kind: EvidenceKind, modified: Date? = nil, in context: InspectionContext) -> Inspection? {
        switch kind {
        case .evtx:
            return ParserInspection(EventLogReader(keep: context.keepEvent, lanes: EventLogReader.availableLanes)) {
                summary, _ in
                (.eventLog(summary), EventLogFindings.findings(for: summary))
            }
        case .evt:
            return ParserInspection(LegacyEventLogReader(keep: context.keepEvent)) { summary, _ in
                (.eventLog(summary), EventLogFindings.findings(for: summary))
            }
        case .pcap, .pcapng:
            return ParserInspection(CaptureReader()) { summary, _ in
                (.capture(summary), CaptureFindings.findings(for: summary))
            }
        case .msinfoText:
            return ParserInspection(MsInfoTextReader()) { summary, _ in (.systemInformation(summary), []) }
        case .msinfoNfo:
            return ParserInspection(MsInfoNfoReader()) { summary, _ in (.systemInformation(summary), []) }
        case .hearingSheet:
            return SheetInspection(budget: context.retention)
        case .image:
            return ImageInspection(budget: context.retention)
        case .spntLog:
            return ParserInspection(SpntLogReader()) { summary, _ in (.debugLog(summary), []) }
        case .mailEml:
            return ParserInspection(MailMessageReader()) { summary, _ in
                (.mail(summary), MailFindings.findings(for: summary))
            }
        case .mailMsg:
            return ParserInspection(OutlookMessageReader()) { summary, _ in
                (.mail(summary), MailFindings.findings(for: summary))
            }
        case .telnetTranscript:
            return ParserInspection(TelnetTranscriptReader()) { transcript, _ in (.telnet(transcript), []) }
        case .mailServerLog:
            // Followed for the Normal Server when its address was given (--server); otherwise the
            // log is summarised and its latest delivery lines kept.
            let addresses = context.serverAddresses.filter { $0.first?.isNumber == true || $0.contains(":") }
            let names = context.serverAddresses.filter { !addresses.contains($0) }
            let reader = MailServerLogReader(
                clientAddresses: addresses, clientNames: names, newest: LogFileAge.newest(modified: modified),
                timeZone: context.timeZone)
            return ParserInspection(reader) { summary, _ in
                (.mailServerLog(summary), MailServerLogFindings.findings(for: summary))
            }
        case .eventLogExport, .text:
            return TextInspection(budget: context.retention)
        case .etl, .netmonCap, .archive, .unknown:
            return nil
        }
    }
}

/// Counts the lines of a text file, notes its encoding and keeps its first lines.
final class TextInspection: Inspection {
    /// Longer lines are cut: a version memo's lines are short.
    static let keptLineLength = 256
    private var reader = LineReader(maxLineBytes: 4096)
    private var head: [String] = []
    private let budget: RetentionBudget

    init(budget: RetentionBudget) { self.budget = budget }

    override var facts: FileFacts {
        .text(
            TextFacts(encoding: reader.detection?.encoding.rawValue ?? "unknown", lines: reader.lineCount, head: head))
    }

    override func write(_ bytes: UnsafeRawBufferPointer) { reader.push(bytes, keep) }
    override func finish(complete: Bool) { reader.finish(keep) }

    private func keep(_ line: TextLine) {
        guard head.count < TextFacts.keptLines else { return }
        let text = String(line.text.prefix(Self.keptLineLength))
        if budget.takeText(text.count) { head.append(text) }
    }
}

/// Keeps the text of a hearing sheet (bounded) so the assessment can read the answers.
final class SheetInspection: Inspection {
    private var bytes: [UInt8] = []
    private var truncated = false
    private let budget: RetentionBudget

    init(budget: RetentionBudget) { self.budget = budget }

    override var facts: FileFacts {
        .hearingSheet(SheetText(text: TextDecoding.decodeHead(bytes), truncated: truncated))
    }

    override func finish(complete: Bool) {
        // Past the case's budget for sheets a sheet is not kept: its answers are not read.
        if !budget.takeSheet(bytes.count) {
            bytes = []
            truncated = true
        }
    }

    override func write(_ block: UnsafeRawBufferPointer) {
        let room = SheetText.limit - bytes.count
        if block.count > room { truncated = true }
        bytes.append(contentsOf: block.prefix(max(0, room)))
    }
}

/// Reads a picture's header and keeps the picture itself for a thumbnail when it is small enough,
/// its size could be read, and the case's budget for previews allows.
final class ImageInspection: Inspection {
    private var reader = ImageInfoReader()
    private var bytes: [UInt8] = []
    private var tooLarge = false
    private var info: ImageInfo?
    private let budget: RetentionBudget

    init(budget: RetentionBudget) { self.budget = budget }

    override var facts: FileFacts {
        .image(ImageFacts(info: info ?? ImageInfo(format: nil), preview: tooLarge || info?.format == nil ? nil : bytes))
    }

    override func write(_ block: UnsafeRawBufferPointer) {
        reader.consume(block)
        guard !tooLarge else { return }
        if bytes.count + block.count > ImageFacts.previewLimit {
            tooLarge = true
            bytes = []
        } else {
            bytes.append(contentsOf: block)
        }
    }

    override func finish(complete: Bool) {
        let info = reader.finish()
        self.info = info
        let sized = (info.width ?? 0) > 0 && (info.height ?? 0) > 0
        if !complete || !sized || !budget.takePreview(bytes.count) { tooLarge = true }
        if tooLarge { bytes = [] }
    }
}
