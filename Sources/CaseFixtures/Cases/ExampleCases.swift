import Foundation

/// The sample cases in `Examples/`, written byte for byte the same on every run:
/// `make-examples` writes them, tests build the same ones.
public enum ExampleCases {
    /// The password of the example password zips (the customer sends it in a second mail).
    public static let password = "spnt-2026"

    /// The files of the complete case, by what they answer; a round of a case brings some of them.
    public enum CompleteCasePart: String, CaseIterable, Sendable {
        /// Items 1, 2, 6, 11, 12: the filled hearing sheet.
        case hearingSheet
        /// Item 8: both event logs, in a zip inside the zip.
        case eventLogs
        /// Item 3: msinfo32's text export.
        case systemInformation
        /// Item 9: SPNT.log.
        case debugLog
        /// Item 10: the capture of the refused relay.
        case packetCapture
        /// Item 7: telnet's transcript.
        case connectivity
        /// Item 4: the screenshot of the mail settings dialog.
        case settingsScreenshot
    }

    /// A complete case as Japanese Windows packs it: a ZipCrypto zip with CP932 names, the
    /// event logs in a zip inside the zip. Every applicable item is there and the evidence agrees:
    /// the mail server refused to relay the notification (554 5.7.1) — in the capture, SPNT.log and
    /// event 2001 alike. With `parts`, only those files (a round that brings part of the case).
    public static func completeCase(_ parts: Set<CompleteCasePart> = Set(CompleteCasePart.allCases)) throws -> [UInt8] {
        var logs = ZipWriter(seed: 11)
        try logs.addFile(
            name: .cp932("アプリケーション.evtx"),
            contents: ExampleEvidence.eventLog(channel: "Application", failure: .rejected))
        try logs.addFile(
            name: .cp932("システム.evtx"), contents: ExampleEvidence.eventLog(channel: "System", failure: .rejected))
        var zip = ZipWriter(seed: 12)
        if parts.contains(.hearingSheet) {
            try zip.addFile(
                name: .cp932("調査資料/ヒアリングシート.md"), contents: ExampleEvidence.hearingSheet(), password: password)
        }
        if parts.contains(.eventLogs) {
            try zip.addFile(
                name: .cp932("調査資料/イベントログ.zip"), contents: try logs.finish(), method: .stored,
                password: password)
        }
        if parts.contains(.systemInformation) {
            try zip.addFile(
                name: .cp932("調査資料/msinfo32.txt"), contents: MsInfoWriter.textExport(language: .japanese),
                password: password)
        }
        if parts.contains(.debugLog) {
            try zip.addFile(
                name: .cp932("調査資料/SPNT.log"), contents: SpntLogWriter.log(outcome: .rejected), password: password)
        }
        if parts.contains(.packetCapture) {
            try zip.addFile(
                name: .cp932("調査資料/パケット.pcapng"), contents: ExampleEvidence.capture(.relayDenied),
                password: password)
        }
        if parts.contains(.connectivity) {
            try zip.addFile(
                name: .cp932("調査資料/telnet結果.txt"), contents: TelnetTranscriptWriter.bytes(.connected),
                password: password)
        }
        if parts.contains(.settingsScreenshot) {
            try zip.addFile(
                name: .cp932("調査資料/インターネットメール警告の設定.png"), contents: ImageWriter.dialogPNG(),
                method: .stored, password: password)
        }
        return try zip.finish()
    }

    /// A case whose files are all there but contradict each other: the capture shows the
    /// notification accepted at 10:05:00, while event 2001 and SPNT.log report a failed send at
    /// 10:05:02 and a timeout at 10:05:21, and telnet reached the mail server at the same time —
    /// the capture and telnet were taken elsewhere. A plain zip.
    public static func contradictionCase() throws -> [UInt8] {
        var zip = ZipWriter(seed: 13)
        try zip.addFile(name: .utf8("case-0003/hearing.md"), contents: ExampleEvidence.hearingSheet())
        try zip.addFile(
            name: .utf8("case-0003/Application.evtx"), contents: ExampleEvidence.eventLog(channel: "Application"))
        try zip.addFile(name: .utf8("case-0003/System.evtx"), contents: ExampleEvidence.eventLog(channel: "System"))
        try zip.addFile(
            name: .utf8("case-0003/msinfo32.txt"), contents: MsInfoWriter.textExport(language: .japanese))
        try zip.addFile(name: .utf8("case-0003/SPNT.log"), contents: SpntLogWriter.log(outcome: .connectFailed))
        try zip.addFile(name: .utf8("case-0003/capture.pcapng"), contents: ExampleEvidence.capture(.delivered))
        try zip.addFile(name: .utf8("case-0003/telnet.txt"), contents: TelnetTranscriptWriter.bytes(.connected))
        try zip.addFile(name: .utf8("case-0003/settings.png"), contents: ImageWriter.dialogPNG(), method: .stored)
        return try zip.finish()
    }

    /// An incomplete case in a tar.gz: questions left open, only the System log as .evtx and
    /// the Application log saved as text, no system information, no capture.
    public static func incompleteCase() throws -> [UInt8] {
        var tar = TarWriter()
        try tar.addFile(
            name: "case/hearing.md", contents: ExampleEvidence.hearingSheet(unanswered: [3, 4, 7], withFields: false))
        try tar.addFile(name: "case/logs/log1.dat", contents: ExampleEvidence.eventLog(channel: "System"))
        try tar.addFile(name: "case/logs/Application.txt", contents: EventLogTextExportWriter.text(japanese: true))
        try tar.addFile(name: "case/SPNT.log", contents: SpntLogWriter.log(outcome: .connectFailed))
        return GzipWriter.compress(try tar.finish())
    }

    /// A second mail's .7z: both event logs, a failed telnet on Japanese Windows, and a capture
    /// taken on the wrong host (192.0.2.77, no SMTP at all). Written by ``SevenZipWriter`` (Deflate), so it is
    /// the same bytes whatever 7z program is installed.
    public static func sevenZipCase() -> [UInt8] {
        var archive = SevenZipWriter()
        archive.addFile(name: "追加資料/Application.evtx", contents: ExampleEvidence.eventLog(channel: "Application"))
        archive.addFile(name: "追加資料/System.evtx", contents: ExampleEvidence.eventLog(channel: "System"))
        archive.addFile(name: "追加資料/telnet.txt", contents: TelnetTranscriptWriter.bytes(.failedJapanese))
        archive.addFile(name: "追加資料/capture.pcapng", contents: ExampleEvidence.capture(.noSmtp, host: "192.0.2.77"))
        archive.addFile(name: "追加資料/msinfo32.txt", contents: MsInfoWriter.textExport(language: .english))
        return archive.finish()
    }

    /// Writes every example under `folder`, returning the paths written.
    @discardableResult
    public static func write(to folder: URL) throws -> [URL] {
        let files: [(String, [UInt8])] = [
            ("complete-case/調査資料.zip", try completeCase()),
            ("incomplete-case/case-0002.tar.gz", try incompleteCase()),
            ("contradiction-case/case-0003.zip", try contradictionCase()),
            ("7z-case/追加資料.7z", sevenZipCase()),
        ]
        return try files.map { name, bytes in
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return url
        }
    }
}
