import Formats
import Foundation

/// Every fuzz target: one per parser family, plus the hearing-sheet reader and the whole archive walk.
///
/// Each target's largest input is about one unit of its format: an evtx header and chunk, a
/// capture's few dozen packets, a mail's headers and a few parts, a few dozen lines of a text log.
/// A longer input repeats what a shorter one already reaches and costs an execution in proportion:
/// line-based logs at 32–64 KiB ran at 80–500 executions a second, at 4–8 KiB several times faster.
enum FuzzTargets {
    static let tokyo = TimeZone(identifier: "Asia/Tokyo") ?? .current

    static let all: [FuzzTarget] = [
        FuzzTarget(
            name: "evtx", maxLength: 16_384, summary: "EventLogReader: file header, a chunk, BinXML templates",
            run: UnitTargets.evtxFile),
        FuzzTarget(
            name: "evtx-chunk", maxLength: 8192, summary: "EventLogReader: one chunk's records and BinXML",
            run: UnitTargets.evtxChunk),
        .streaming("evt", 16_384, "LegacyEventLogReader: .evt ring-buffer records") {
            LegacyEventLogReader(keep: { _ in true })
        },
        FuzzTarget(
            name: "evt-records", maxLength: 8192, summary: "LegacyEventLogReader: records behind a valid header",
            run: UnitTargets.evtRecords),
        .streaming("capture", 65_536, "CaptureReader: pcap/pcapng, IP, TCP reassembly, SMTP") { CaptureReader() },
        FuzzTarget(name: "msg", maxLength: 40_000, summary: "OutlookMessageReader, OutlookAttachments: .msg") {
            bytes in
            StreamFeeding.feed(bytes) { OutlookMessageReader() }
            _ = OutlookAttachments.read(Array(bytes))
        },
        .streaming("mail", 8192, "MailMessageReader: MIME headers, parts, charsets") { MailMessageReader() },
        FuzzTarget(name: "attachments", maxLength: 16_384, summary: "a mail's attachments: MIME parts, TNEF") { bytes in
            StreamFeeding.feed(bytes) { AttachmentEvents(MimeAttachmentSplitter()) }
            StreamFeeding.feed(bytes) { AttachmentEvents(TnefAttachmentReader()) }
        },
        FuzzTarget(name: "maillog", maxLength: 4096, summary: "MailServerLogReader: Postfix, sendmail, Exchange") {
            bytes in
            // Odd lengths follow the ServerProtect server as a client; even lengths summarise the log.
            let client = bytes.count % 2 == 1
            StreamFeeding.feed(bytes) {
                MailServerLogReader(
                    clientAddresses: client ? ["192.0.2.10"] : [], clientNames: client ? ["spsv01.example.co.jp"] : [],
                    year: 2026, timeZone: tokyo)
            }
        },
        FuzzTarget(name: "msinfo", maxLength: 8192, summary: "MsInfoTextReader and MsInfoNfoReader") { bytes in
            StreamFeeding.feed(bytes) { MsInfoTextReader() }
            StreamFeeding.feed(bytes) { MsInfoNfoReader() }
        },
        .streaming("spnt", 4096, "SpntLogReader: SPNT.log lines and time stamps") { SpntLogReader() },
        .streaming("telnet", 4096, "TelnetTranscriptReader: SMTP typed by hand") { TelnetTranscriptReader() },
        .streaming("image", 8192, "ImageInfoReader: PNG, JPEG, GIF, BMP sizes") { ImageInfoReader() },
        FuzzTarget(
            name: "hearing", maxLength: 8192, summary: "HearingSheetReader over cmark", run: HearingSheetTarget.run),
        FuzzTarget(
            name: "archive", maxLength: 65_536, summary: "a whole case: libarchive walk, recognition, inspection",
            run: ArchiveWalkTarget.run),
    ]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

extension FuzzTarget {
    /// A target that feeds each input to a fresh parser whole, then in irregular blocks.
    static func streaming<Parser: ByteStreamParser & SendableMetatype>(
        _ name: String, _ maxLength: Int, _ summary: String, _ make: @escaping @Sendable () -> Parser
    ) -> FuzzTarget where Parser.Result: Equatable {
        FuzzTarget(name: name, maxLength: maxLength, summary: summary) { bytes in StreamFeeding.feed(bytes, make) }
    }
}
