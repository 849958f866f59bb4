import Assessment
import CaseFixtures
import Foundation
import Reporting
import Testing

/// The real blank sheet, filled the ways customers fill it (`FilledSheetCorpus`), reads back
/// with every answer, the symptom, the flags and the incident time each way must yield.
@Suite struct FilledSheetCorpusTests {
    static let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    static func read(_ sheet: FilledSheetCorpus.Sheet) throws -> HearingAnswers {
        let checklist = try ReportCases.checklist()
        let blank = try HearingSheet.render(checklist, language: .ja, templates: ReportCases.reportTemplates())
        let text = sheet.writer.fill(blank)
        return HearingSheetReader.read(text, source: "sheet.md", checklist: checklist, timeZone: tokyo)
    }

    @Test("every answer and field is read as written", arguments: FilledSheetCorpus.sheets)
    func answers(_ sheet: FilledSheetCorpus.Sheet) throws {
        let read = try Self.read(sheet)
        #expect(read.answers == sheet.answers)
        #expect(read.fields == sheet.fields)
        #expect(read.flags.mapValues(\.rawValue) == sheet.flags)
    }

    @Test("the symptom is the one chosen, or inferred from 1-1", arguments: FilledSheetCorpus.sheets)
    func symptom(_ sheet: FilledSheetCorpus.Sheet) throws {
        let read = try Self.read(sheet)
        #expect(read.symptom.rawValue == sheet.symptom)
        #expect(read.symptomInferred == sheet.symptomInferred)
    }

    @Test("the incident time, the answer it came from, and the timeline", arguments: FilledSheetCorpus.sheets)
    func incidentTime(_ sheet: FilledSheetCorpus.Sheet) throws {
        let read = try Self.read(sheet)
        #expect(read.incidentTimes.first == sheet.incidentTime)
        #expect(read.incidentTimeSource?.id == sheet.incidentTimeSource)
        #expect(read.timeline.count == sheet.timelineEntries)
    }

    @Test("the corpus names the checklist's own questions and fields")
    func corpusMatchesChecklist() throws {
        let checklist = try ReportCases.checklist()
        #expect(FilledSheetCorpus.questionIDs == checklist.questions.map(\.id))
        #expect(FilledSheetCorpus.lineFieldIDs == checklist.hearingFields.filter { !$0.multiline }.map(\.id))
    }
}
