import Assessment
import Foundation
import Reporting
import Testing

/// What the customer sees of us: a mail a senior engineer sends unedited. No sentence said three
/// times, no answered question asked again, what the files tell offered rather than asked, and
/// the blank hearing sheet attached when none came back.
@Suite struct FollowUpMailQualityTests {
    static let cases = ["incomplete", "complete", "sparse"]

    @Test("no line of a mail appears three times or more", arguments: cases, ["ja", "en"])
    func noRepeatedLines(_ name: String, _ language: String) throws {
        let text = try ReportGoldenTests().mailText(try ReportGoldenTests.build(name), language)
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            counts[String(line), default: 0] += 1
        }
        let repeated = counts.filter { $0.value >= 3 }.keys.sorted()
        #expect(repeated.isEmpty, "lines said three times or more: \(repeated)")
    }

    @Test("a mail never asks a question the hearing sheet answered", arguments: ["ja", "en"])
    func answeredQuestionsAreNotAsked(_ language: String) throws {
        let reportCase = try ReportCases.incomplete()
        let text = try ReportGoldenTests().mailText(reportCase, language)
        let hearing = try #require(reportCase.assessment.hearing)
        let answered = reportCase.assessment.checklist.questions.filter { hearing.answers[$0.id] != nil }
        #expect(!answered.isEmpty)
        for question in answered {
            let brief = question.brief ?? question.text
            #expect(!text.contains(language == "ja" ? brief.ja : brief.en), "asked again: \(question.id)")
        }
    }

    @Test("the Japanese mail opens and closes politely and asks to send, never only to check")
    func japaneseRegister() throws {
        let text = try ReportGoldenTests().mailText(try ReportCases.incomplete(), "ja")
        #expect(text.contains("いつもお世話になっております。"))
        #expect(text.contains("恐れ入りますが、以下の情報・資料を追加でご提供いただけますでしょうか。"))
        #expect(!text.contains("不足しておりました"))
        #expect(!text.contains("ご確認のほど"))
        #expect(!text.contains("■"))
        #expect(text.contains("何卒よろしくお願い申し上げます。"))
    }

    @Test("the English mail has a neutral salutation and no Japanese bullets")
    func englishRegister() throws {
        let text = try ReportGoldenTests().mailText(try ReportCases.incomplete(), "en")
        #expect(text.hasPrefix("Dear Customer,\n"))
        #expect(!text.contains("■"))
        #expect(!text.contains("様"))
        #expect(!text.contains("our products"))
    }

    @Test("without a hearing sheet the draft carries the blank sheet and the mail refers to it")
    func blankSheetIsAttached() throws {
        let sparse = try ReportCases.sparse()
        let outputs = try sparse.outputs()
        let draft = try #require(outputs.first { $0.name == "followup.ja.eml" })
        let eml = String(decoding: draft.data, as: UTF8.self)
        #expect(eml.contains("Content-Type: multipart/mixed"))
        #expect(eml.contains("filename*=UTF-8''%E3%83%92%E3%82%A2%E3%83%AA%E3%83%B3%E3%82%B0"))
        let text = try ReportGoldenTests().mailText(sparse, "ja")
        #expect(text.contains("添付のヒアリングシート"))
        for question in sparse.assessment.checklist.questions {
            #expect(!text.contains((question.brief ?? question.text).ja))
        }
    }

    @Test("without a case id the subject carries no case number")
    func subjectWithoutCaseID() throws {
        let reportCase = try ReportCases.incomplete()
        let templates = try ReportCases.reportTemplates()
        var options = ReportCases.options()
        options.caseIDGiven = false
        let model = ReportModel(
            reportCase.assessment, options: options, language: .ja,
            labels: try ReportLabels.load(.ja, templates: ReportCases.templates))
        let mail = try FollowUpMail.render(model, templates: templates)
        #expect(!mail.subject.contains("ケース番号"))
        options.caseIDGiven = true
        let numbered = try FollowUpMail.render(
            ReportModel(
                reportCase.assessment, options: options, language: .ja,
                labels: try ReportLabels.load(.ja, templates: ReportCases.templates)), templates: templates)
        #expect(numbered.subject.contains("（ケース番号 golden-incomplete）"))
    }
}
