import Foundation
import Testing

@testable import Assessment

/// The words of the findings are data: every code the checks and inspections can emit has a
/// Japanese and an English sentence in `phrases/findings.yaml`, every entry there belongs to a
/// code, and a sentence uses only the values its code supplies.
@Suite struct FindingPhrasesTests {
    static let folder = TemplateFolder.locate()

    static func book() throws -> Phrasebook { try Phrasebook.load(folder: try #require(folder)) }

    /// The `{name}`s a sentence uses.
    static func placeholders(_ text: String) -> Set<String> {
        let names = text.matches(of: /\{([A-Za-z0-9_-]+)\}/).map { String($0.output.1) }
        return Set(names)
    }

    @Test("every finding code has a Japanese and an English sentence", arguments: FindingEntry.all)
    func everyCodeWorded(code: FindingEntry) throws {
        let phrase = try #require(try Self.book().findings[code.key], "\(code) has no entry in findings.yaml")
        #expect(!phrase.text.ja.isEmpty && !phrase.text.en.isEmpty)
        #expect(phrase.text.ja != phrase.text.en || code.code.hasPrefix("intake."), "\(code): ja is the en sentence")
    }

    @Test("a sentence uses only the values its code supplies", arguments: FindingEntry.all)
    func placeholdersSupplied(code: FindingEntry) throws {
        let phrase = try #require(try Self.book().findings[code.key])
        for text in [phrase.text.ja, phrase.text.en] {
            let unknown = Self.placeholders(text).subtracting(code.values)
            #expect(unknown.isEmpty, "\(code) uses \(unknown.sorted()), which the code never supplies")
        }
    }

    @Test("the severity is in the file exactly where the code does not choose it", arguments: FindingEntry.all)
    func severityWhereFixed(code: FindingEntry) throws {
        let phrase = try #require(try Self.book().findings[code.key])
        #expect(
            (phrase.severity == nil) == code.severityByCode, "\(code): severity \(String(describing: phrase.severity))")
    }

    @Test("every entry of findings.yaml belongs to a code (a renamed code leaves no orphan)")
    func noOrphans() throws {
        let keys = Set(try Self.book().findings.keys)
        #expect(keys.subtracting(FindingEntry.all.map(\.key)).sorted() == [])
    }

    @Test("no two codes share an entry, and the words used are all in the file, no more")
    func keysAndWords() throws {
        #expect(Set(FindingEntry.all.map(\.key)).count == FindingEntry.all.count)
        #expect(Set(try Self.book().words.keys) == Set(Phrasebook.wordKeys))
    }

    @Test("a broken findings file is refused in one line naming the file and the key")
    func brokenEntry() {
        var book = Phrasebook()
        #expect {
            try book.loadFindings(yaml: "findings:\n  capture.no-smtp:\n    en: \"only English\"\n", file: "f.yaml")
        } throws: { error in
            "\(error)" == "f.yaml: capture.no-smtp needs `ja:` and `en:`"
        }
        #expect {
            try book.loadFindings(
                yaml: "findings:\n  capture.no-smtp:\n    severity: grave\n    ja: a\n    en: b\n", file: "f.yaml")
        } throws: { error in
            "\(error)" == "f.yaml: capture.no-smtp: severity must be info, warning or problem"
        }
        #expect {
            try book.loadFindings(yaml: "words:\n  and-more: {ja: x}\nfindings: {}\n", file: "f.yaml")
        } throws: { error in
            "\(error)" == "f.yaml: words.and-more needs `ja:` and `en:`"
        }
    }

    @Test("a finding is worded with its values; without an entry it reads as its code and values")
    func wording() throws {
        let book = try Self.book()
        let finding = Finding(.captureNoSmtp, ["file": "cap.pcap"], in: book)
        #expect(finding.code == "capture.no-smtp" && finding.severity == .problem)
        #expect(finding.message.en == "cap.pcap holds no TCP port 25 (SMTP) traffic.")
        let bare = Finding(.captureNoSmtp, ["file": "cap.pcap"], in: Phrasebook())
        #expect(bare.message.en == "capture.no-smtp (file=cap.pcap)")
        #expect(bare.severity == .problem, "a lost entry never makes a finding look harmless")
    }

    @Test("a finding keeps its values, so another phrasebook words it again with its chosen severity")
    func reworded() throws {
        var other = Phrasebook()
        try other.loadFindings(
            yaml: "findings:\n  evtx.legacy-evt:\n    ja: 旧形式\n    en: old format\n  capture.no-smtp:\n"
                + "    severity: warning\n    ja: \"{file} に SMTP なし\"\n    en: \"no SMTP in {file}\"\n")
        let legacy = Finding(.evtxLegacyEvt, severity: .info, in: try Self.book()).worded(by: other)
        #expect(legacy.message == LocalizedText(ja: "旧形式", en: "old format") && legacy.severity == .info)
        let capture = Finding(.captureNoSmtp, ["file": "a.pcap"], in: try Self.book()).worded(by: other)
        #expect(capture.message.en == "no SMTP in a.pcap" && capture.severity == .warning)
        let downgraded = Finding(.connectivityFailed, ["reason": "x"], in: try Self.book()).with(severity: .info)
        #expect(downgraded.worded(by: try Self.book()).severity == .info)
    }
}
