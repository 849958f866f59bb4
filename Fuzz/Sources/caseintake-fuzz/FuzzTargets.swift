import Formats
import Foundation

/// Every fuzz target: one per parser family, plus the hearing-sheet reader and the whole archive walk.
enum FuzzTargets {
    static let tokyo = TimeZone(identifier: "Asia/Tokyo") ?? .current

    static let all: [FuzzTarget] = [
        .streaming("evtx", 72_000, "EventLogReader: file header, chunks, BinXML templates") {
            EventLogReader(keep: { _ in true })
        },
        FuzzTarget(
            name: "evtx-chunk", maxLength: 8192, summary: "EventLogReader: one chunk's records and BinXML",
            run: UnitTargets.evtxChunk),
        .streaming("evt", 65_536, "LegacyEventLogReader: .evt ring-buffer records") {
            LegacyEventLogReader(keep: { _ in true })
        },
        FuzzTarget(
            name: "evt-records", maxLength: 8192, summary: "LegacyEventLogReader: records behind a valid header",
            run: UnitTargets.evtRecords),
        .streaming("capture", 65_536, "CaptureReader: pcap/pcapng, IP, TCP reassembly, SMTP") { CaptureReader() },
        .streaming("msg", 40_000, "OutlookMessageReader: OLE compound file, .msg properties") {
            OutlookMessageReader()
        },
        .streaming("mail", 65_536, "MailMessageReader: MIME headers, parts, charsets") { MailMessageReader() },
        FuzzTarget(name: "attachments", maxLength: 65_536, summary: "a mail's attachments: MIME parts, TNEF") { bytes in
            StreamFeeding.feed(bytes) { AttachmentEvents(MimeAttachmentSplitter()) }
            StreamFeeding.feed(bytes) { AttachmentEvents(TnefAttachmentReader()) }
        },
        FuzzTarget(name: "maillog", maxLength: 32_768, summary: "MailServerLogReader: Postfix, sendmail, Exchange") {
            bytes in
            // Odd lengths follow the ServerProtect server as a client; even lengths summarise the log.
            let client = bytes.count % 2 == 1
            StreamFeeding.feed(bytes) {
                MailServerLogReader(
                    clientAddresses: client ? ["192.0.2.10"] : [], clientNames: client ? ["spsv01.example.co.jp"] : [],
                    year: 2026, timeZone: tokyo)
            }
        },
        FuzzTarget(name: "msinfo", maxLength: 65_536, summary: "MsInfoTextReader and MsInfoNfoReader") { bytes in
            StreamFeeding.feed(bytes) { MsInfoTextReader() }
            StreamFeeding.feed(bytes) { MsInfoNfoReader() }
        },
        .streaming("spnt", 32_768, "SpntLogReader: SPNT.log lines and time stamps") { SpntLogReader() },
        .streaming("telnet", 16_384, "TelnetTranscriptReader: SMTP typed by hand") { TelnetTranscriptReader() },
        .streaming("image", 8192, "ImageInfoReader: PNG, JPEG, GIF, BMP sizes") { ImageInfoReader() },
        FuzzTarget(
            name: "hearing", maxLength: 32_768, summary: "HearingSheetReader over cmark", run: HearingSheetTarget.run),
        FuzzTarget(
            name: "archive", maxLength: 262_144, summary: "a whole case: libarchive walk, recognition, inspection",
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
