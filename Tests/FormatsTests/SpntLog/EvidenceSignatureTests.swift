import CaseFixtures
import Formats
import Testing

/// Recognition of ServerProtect logs and Event Viewer text exports from name and head.
@Suite struct EvidenceSignatureTests {
    @Test("SPNT logs are known by name", arguments: ["SPNT.log", "logs/spnt_debug.log", "C:\\x\\SpntLog01.txt"])
    func spntByName(name: String) {
        #expect(SpntLogSignature.looksLikeSpntLog(name: name, head: []))
    }

    @Test("SPNT logs are known by content, other text is not")
    func spntByContent() {
        #expect(SpntLogSignature.looksLikeSpntLog(name: "debug.log", head: SpntLogWriter.log(outcome: .sent)))
        #expect(!SpntLogSignature.looksLikeSpntLog(name: "telnet.txt", head: TelnetTranscriptWriter.bytes(.connected)))
        #expect(!SpntLogSignature.looksLikeSpntLog(name: "SpntLog.dbf", head: []))
        #expect(SpntLogSignature.isLogDatabase(name: "Spnt20011024105312_S.dbf"))
    }

    @Test("Event Viewer exports are told apart by content", arguments: [true, false])
    func eventLogExports(japanese: Bool) {
        #expect(EventLogExportSignature.format(head: EventLogTextExportWriter.text(japanese: japanese)) == .text)
        #expect(
            EventLogExportSignature.format(head: EventLogTextExportWriter.text(japanese: japanese, encoding: .utf8))
                == .text)
        #expect(EventLogExportSignature.format(head: EventLogTextExportWriter.csv(japanese: japanese)) == .csv)
        #expect(EventLogExportSignature.format(head: EventLogTextExportWriter.xml(japanese: japanese)) == .xml)
        #expect(EventLogExportSignature.format(head: MsInfoWriter.textExport(language: .japanese)) == nil)
        #expect(EventLogExportSignature.format(head: SpntLogWriter.log(outcome: .sent)) == nil)
    }

    @Test(
        "telnet transcripts carry the greeting or the failure the customer saw",
        arguments: TelnetTranscriptWriter.Session.allCases)
    func telnet(session: TelnetTranscriptWriter.Session) {
        let text = TextDecoding.decodeHead(TelnetTranscriptWriter.bytes(session, encoding: .cp932))
        #expect(text == TelnetTranscriptWriter.text(session))
        #expect(text.contains("220 mail.example.co.jp ESMTP Postfix") == (session == .connected))
    }
}
