import CaseFixtures
import Foundation
import Testing

@testable import Assessment
@testable import Intake

/// Every real sample gets the kind a support engineer would give it — by content, so also when
/// it arrives renamed inside a zip from Japanese Windows.
@Suite(.enabled(if: SharedSamples.available, "../shared/samples is absent: the real-sample checks are skipped"))
struct SampleRecognitionTests {
    /// Samples whose kind is not the one their folder suggests, and why.
    static let exceptions: [String: (EvidenceKind, String)] = [
        "mail/sisimai-set-of-emails/size-0": (.unknown, "an empty file says nothing"),
        "spnt/NOTES-ServerProtect-SPNT.md": (.text, "notes about SPNT.log, not a log"),
        "telnet/postfix-ETRN_README": (.text, "Postfix documentation quoting a session, not a transcript"),
    ]

    /// The kind a sample should get, from its folder and extension (MANIFEST.md's grouping).
    static func expectedKind(_ path: String) -> EvidenceKind {
        if let exception = exceptions[path] { return exception.0 }
        let lower = path.lowercased()
        if lower.hasSuffix(".evt") { return .evt }
        if lower.hasPrefix("evtx/") { return .evtx }
        if lower.hasSuffix(".pcapng") { return .pcapng }
        if lower.hasPrefix("pcap/") { return .pcap }
        if lower.hasSuffix(".nfo") { return .msinfoNfo }
        if lower.hasPrefix("msinfo32/") { return .msinfoText }
        if lower.hasSuffix(".msg") { return .mailMsg }
        if lower.hasPrefix("mail/") { return .mailEml }
        if lower.contains("grok-patterns-tests/") { return .text }  // YAML fixtures quoting one log line
        if lower.hasPrefix("maillog/") { return .mailServerLog }
        if lower.hasPrefix("telnet/") { return .telnetTranscript }
        return .text
    }

    @Test("each sample, read from its folder, gets the expected kind")
    func inPlace() throws {
        let examiner = CaseExaminer()
        _ = IntakeWalker().walk([SharedSamples.folder.path], visitor: examiner)
        let kinds = Dictionary(examiner.files.map { ($0.path.description, $0.kind) }) { first, _ in first }
        for sample in SharedSamples.files {
            // Paths start at the input's own name, the samples folder.
            let kind = kinds[SharedSamples.folder.lastPathComponent + "/" + sample]
            #expect(kind == Self.expectedKind(sample), "\(sample)")
        }
    }

    @Test("each sample packed into a CP932-named zip under a neutral name gets the same kind")
    func renamedInZip() throws {
        let samples = SharedSamples.files
        var zip = ZipWriter()
        for (index, sample) in samples.enumerated() {
            let bytes = try [UInt8](Data(contentsOf: SharedSamples.folder.appendingPathComponent(sample)))
            try zip.addFile(name: .cp932(String(format: "受領資料/ファイル%03d.dat", index)), contents: bytes, method: .stored)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("受領データ.zip")
        try Data(try zip.finish()).write(to: archive)

        let examiner = CaseExaminer()
        _ = IntakeWalker().walk([archive.path], visitor: examiner)
        for (index, sample) in samples.enumerated() {
            let path = "受領データ.zip!/" + String(format: "受領資料/ファイル%03d.dat", index)
            let file = examiner.files.first { $0.path.description == path }
            #expect(file?.kind == Self.expectedKind(sample), "\(sample) renamed to \(path)")
        }
    }
}
