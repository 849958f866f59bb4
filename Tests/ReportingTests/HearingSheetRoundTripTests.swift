import Assessment
import Foundation
import Reporting
import Testing

/// The blank sheet caseintake prints is the sheet `HearingSheetReader` reads: filled in by
/// replacing its placeholders, it reads back every answer, field, the symptom and the timeline.
@Suite struct HearingSheetRoundTripTests {
    @Test("a filled blank sheet reads back completely", arguments: ReportLanguage.allCases)
    func filledSheetReadsBack(_ language: ReportLanguage) throws {
        let checklist = try ReportCases.checklist()
        let blank = try HearingSheet.render(checklist, language: language, templates: ReportCases.reportTemplates())
        #expect(blank.hasPrefix("<!-- caseintake:hearing-sheet serverprotect-mail-notification -->\n"))
        let fieldCount = checklist.hearingFields.count
        #expect(SheetFiller.placeholderCount(blank, language: language) == checklist.questions.count + fieldCount)

        let filled = try ReportCases.filledSheet(
            SheetFiller.completeJapaneseAnswers, tick: .garbled, language: language)
        let zone = TimeZone(identifier: "Asia/Tokyo")!
        let answers = HearingSheetReader.read(filled, source: "sheet.md", checklist: checklist, timeZone: zone)

        #expect(answers.symptom == .garbled)
        #expect(Set(answers.answers.keys) == Set(checklist.questions.map(\.id)))
        #expect(answers.answers["what"] == SheetFiller.completeJapaneseAnswers[0])
        #expect(Set(answers.fields.keys) == Set(checklist.hearingFields.map(\.id)))
        #expect(answers.fields["program-version"] == "5.8 Build 1234")
        #expect(answers.fields["mail-server-ip"] == "192.0.2.25")
        #expect(answers.fields["telnet-result"] == "220 mail.example.co.jp ESMTP Postfix")
        #expect(answers.timeline.map(\.text) == ["事象を再現", "イベントを確認"])
        // 2026-11-20 10:05 and 10:07 in Tokyo.
        #expect(answers.timeline.map(\.time.timeIntervalSince1970) == [1_795_136_700, 1_795_136_820])
        #expect(answers.incidentTimes.map(\.timeIntervalSince1970) == [1_795_136_700])
    }

    @Test("a blank sheet answers nothing", arguments: ReportLanguage.allCases)
    func blankSheetAnswersNothing(_ language: ReportLanguage) throws {
        let checklist = try ReportCases.checklist()
        let blank = try HearingSheet.render(checklist, language: language, templates: ReportCases.reportTemplates())
        let answers = HearingSheetReader.read(
            blank, source: "sheet.md", checklist: checklist, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(answers.answers.isEmpty)
        #expect(answers.fields.isEmpty)
        #expect(answers.symptom == .unknown)
    }

    /// Found by the `hearing` fuzz target: a question heading whose number is followed by a
    /// character that is neither punctuation nor space read the answer through the wrong string's
    /// indices and crashed. The answer under it is now read.
    @Test("a question heading with a stray character after its number is read, not a crash")
    func strayCharacterAfterQuestionNumber() throws {
        let checklist = try ReportCases.checklist()
        let sheet =
            "<!-- caseintake:hearing-sheet serverprotect-mail-notification -->\n### 1-3\u{0E}\n\n必ず発生します。\n"
        let answers = HearingSheetReader.read(
            sheet, source: "sheet.md", checklist: checklist, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(answers.answers["frequency"]?.contains("必ず発生します") == true, "\(answers.answers)")
    }
}
