import CaseFixtures
import Formats
import Foundation
import Testing

@testable import Assessment
@testable import Intake

/// Cases a cold review of the first version found wrong, kept as specifications.
@Suite struct ReviewFindingsTests {
    @Test("a text line that starts like a cpio header is text, not a damaged archive")
    func cpioLookalike() throws {
        let assessment = try CaseFolder(["timeline.txt": Array("070707 10:05 reproduced\n".utf8)]).assess()
        #expect(assessment.examination.files.first?.kind == .text)
        #expect(assessment.examination.unreadableInputProblems.isEmpty)
    }

    @Test("of two hearing sheets, the one with more answers counts (a blank one beside a filled one)")
    func blankBesideFilled() throws {
        let blank = ExampleEvidence.hearingSheet(unanswered: Set(1...9), symptom: "", withFields: false)
        let assessment = try CaseFolder([
            "01_前回送付/ヒアリングシート.md": blank, "02_回答/ヒアリングシート.md": ExampleEvidence.hearingSheet(),
        ]).assess()
        #expect(assessment.item(1).status == .ok)
        #expect(assessment.symptom == .notSent)
    }

    @Test(
        "'不明', '未実施', 'なし' are the customer's answer, flagged; the sheet's placeholder leaves it open",
        arguments: [
            ("不明", AnswerFlag.unknown), ("わかりません。", .unknown), ("未実施です", .notDone), ("特になし", .nothing),
            ("N/A", .nothing),
        ])
    func flaggedAnswers(word: String, flag: AnswerFlag) {
        #expect(!AnswerWords.isPlaceholder(word))
        #expect(AnswerWords.flag(of: word) == flag)
        #expect(AnswerWords.isPlaceholder("（未記入）"))
        #expect(AnswerWords.flag(of: "2 台中 1 台で発生します") == nil)
    }

    @Test("a 0-byte SPNT.log does not satisfy item 9")
    func emptyDebugLog() throws {
        let verdict = try CaseFolder(["SPNT.log": []]).assess().item(9)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code) == ["spnt-log.empty"])
    }

    @Test("an older System log beside one covering the incident does not make item 8 insufficient")
    func olderLogBeside() throws {
        let old = EventLogVerdictTests.log("System", at: FixtureClock.incident.addingTimeInterval(-30 * 86_400))
        let assessment = try CaseFolder([
            "sheet.md": ExampleEvidence.hearingSheet(), "System-old.evtx": old,
            "System.evtx": EventLogVerdictTests.log("System"),
            "Application.evtx": EventLogVerdictTests.log("Application"),
        ]).assess()
        #expect(assessment.item(8).status == .ok, "\(assessment.item(8).findings.map(\.code))")
    }

    @Test("a leftover .evt or text export beside both .evtx logs is information, not a reason to ask again")
    func leftoverExport() throws {
        let verdict = try CaseFolder([
            "System.evtx": EventLogVerdictTests.log("System"),
            "Application.evtx": EventLogVerdictTests.log("Application"),
            "old.txt": EventLogTextExportWriter.text(japanese: true),
        ]).assess().item(8)
        #expect(verdict.status == .ok)
        #expect(verdict.findings.first { $0.code == "evtx.text-export" }?.severity == .info)
    }

    @Test("a telnet result that cannot be read leaves item 7 insufficient")
    func unreadableTelnet() throws {
        var sheet = String(decoding: ExampleEvidence.hearingSheet(), as: UTF8.self)
        sheet = sheet.replacingOccurrences(of: "220 mail.example.co.jp ESMTP Postfix", with: "実行しましたが画面を保存していません")
        let verdict = try CaseFolder(["sheet.md": Array(sheet.utf8)]).assess().item(7)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code) == ["connectivity.no-result"])
    }

    @Test("the hearing sheet is cited as evidence of the items it answers")
    func sheetAsEvidence() throws {
        let assessment = try CaseFolder(["sheet.md": ExampleEvidence.hearingSheet()]).assess()
        #expect(assessment.item(2).evidence.map(\.fileName) == ["sheet.md"])
        #expect(assessment.item(12).evidence.map(\.fileName) == ["sheet.md"])
    }
}
