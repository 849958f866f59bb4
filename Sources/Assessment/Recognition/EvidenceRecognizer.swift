import Formats
import Intake

/// Decides what a received file is: by its first bytes, then by the structure of its text, and
/// only then by its name, so a System log renamed `log1.dat` is still an event log.
public enum EvidenceRecognizer {
    /// Recognises a file from its path and head (up to `IntakeWalker.headSize` bytes; empty when
    /// the content could not be read).
    public static func recognize(path: CasePath, head: UnsafeRawBufferPointer) -> Recognition {
        let byName = NameHints.kind(fileName: path.fileName, folders: path.folderNames)
        guard head.count > 0 else {
            return Recognition(byName ?? .unknown, .name)
        }
        if let kind = binaryKind(head) {
            return withNameCheck(Recognition(kind, .content), byName: byName)
        }
        if let recognition = textRecognition(head, path: path, byName: byName) {
            return recognition
        }
        if let byName, byName == .etl {
            return Recognition(.etl, .name)
        }
        return Recognition(.unknown, .content, note: mismatchNote(byName))
    }

    /// How much of a text file's start the text signatures look at.
    static let textSniffBytes = 16 * 1024

    /// Formats with a magic number (FORMATS.md §1, §2; image and OLE signatures).
    static func binaryKind(_ head: UnsafeRawBufferPointer) -> EvidenceKind? {
        if EventLogSignature.isEvtx(head) { return .evtx }
        if EventLogSignature.isEvt(head) { return .evt }
        switch CaptureSignature.identify(head) {
        case .pcap: return .pcap
        case .pcapng: return .pcapng
        case .networkMonitor: return .netmonCap
        case .etl: return .etl
        case nil: break
        }
        if ImageSignature.format(head: Array(head.prefix(64))) != nil { return .image }
        if starts(head, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: Outlook's .msg names its streams `__substg1.0_…` (MS-OXMSG 2.1).
            return OLEMessageSignature.isOutlookMessage(head) ? .mailMsg : nil
        }
        return nil
    }

    /// Text evidence, told by structure; the name only breaks ties.
    static func textRecognition(_ head: UnsafeRawBufferPointer, path: CasePath, byName: EvidenceKind?) -> Recognition? {
        let detection = TextDecoding.detect(head: head)
        guard !detection.looksBinary else { return nil }
        // The structure of text shows in its first lines; sniffing all 64 KiB of thousands of
        // files costs minutes.
        let window = head.dropFirst(detection.bomLength).prefix(textSniffBytes)
        let text = TextDecoding.decode(UnsafeRawBufferPointer(rebasing: window), as: detection.encoding)
        if let kind = MsInfoSignature.kind(decodedHead: text) {
            return Recognition(kind == .nfo ? .msinfoNfo : .msinfoText, .content)
        }
        if EventLogExportSignature.format(decodedHead: text) != nil { return Recognition(.eventLogExport, .content) }
        // A mail first: a reply carrying the sheet in its body is read as a mail, whose body
        // (decoded from its charset and transfer encoding) is then read as the sheet.
        if MailSignature.kind(decodedHead: text) != nil { return Recognition(.mailEml, .content) }
        if HearingSheetSignature.matches(decodedHead: text) { return Recognition(.hearingSheet, .content) }
        if TelnetTranscriptSignature.matches(decodedHead: text) { return Recognition(.telnetTranscript, .content) }
        if MailServerLogSignature.application(decodedHead: text) != nil { return Recognition(.mailServerLog, .content) }
        if SpntLogSignature.looksLikeSpntLog(name: path.fileName, head: Array(head.prefix(textSniffBytes))),
            isMostlyTimestamped(text)
        {
            return Recognition(.spntLog, .content)
        }
        if let byName,
            [.spntLog, .msinfoText, .eventLogExport, .hearingSheet, .telnetTranscript, .mailServerLog]
                .contains(byName),
            NameHintAllowance.allows(byName, text: text)
        {
            return Recognition(byName, .name)
        }
        return Recognition(.text, .content, note: mismatchNote(byName))
    }

    /// A log has a time on most lines; a memo that merely mentions ServerProtect does not.
    private static func isMostlyTimestamped(_ text: String) -> Bool {
        let lines = TextLines.split(text, limit: 200).filter { !$0.allSatisfy(\.isWhitespace) }
        guard !lines.isEmpty else { return false }
        let stamped = lines.filter { LogTimestampScanner.scan(String($0)) != nil }.count
        return stamped * 2 >= lines.count
    }

    /// A file recognised by content whose name promises something else gets a note: the
    /// customer may have sent the wrong file.
    private static func withNameCheck(_ recognition: Recognition, byName: EvidenceKind?) -> Recognition {
        guard let byName, byName != recognition.kind else { return recognition }
        let compatible: Set<Set<EvidenceKind>> = [[.pcap, .pcapng], [.evtx, .evt]]
        if compatible.contains([byName, recognition.kind]) { return recognition }
        return Recognition(recognition.kind, recognition.basis, note: mismatchNote(byName, is: recognition.kind))
    }

    private static func mismatchNote(_ byName: EvidenceKind?, is actual: EvidenceKind? = nil) -> Finding? {
        guard let byName, byName != .image || actual != nil else { return nil }
        return Finding(
            .recognitionNote, ["named": byName.rawValue, "actual": actual?.rawValue ?? "unknown"], in: .standard)
    }

    private static func starts(_ head: UnsafeRawBufferPointer, _ magic: [UInt8]) -> Bool {
        head.count >= magic.count && zip(head, magic).allSatisfy { $0 == $1 }
    }
}
