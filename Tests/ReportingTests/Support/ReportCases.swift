import Assessment
import CaseFixtures
import Foundation
import Intake
import Reporting
import Testing

/// The cases the report tests render, built by running the real pipeline (examine, assess) on a
/// folder written with the project's fixture writers and a hearing sheet filled from the blank one.
struct ReportCase: Sendable, CustomTestStringConvertible {
    let name: String
    let assessment: CaseAssessment
    /// Extra rows for the events table (hostile text the event logs of a fixture cannot carry).
    let events: [EventRow]
    /// The random temporary folder, removed from every output so that goldens are stable.
    var root: URL { scratch.url }
    /// Holds the temporary folder for as long as the case is used.
    let scratch: ScratchFolder

    var testDescription: String { name }
}

enum ReportCases {
    static let templates = TemplateFolder.locate()!
    static let generatedAt = FixtureClock.incident.addingTimeInterval(3 * 24 * 3600)

    static func checklist() throws -> Checklist {
        try ChecklistLoader.load(contentsOf: templates.appendingPathComponent(TemplateFolder.defaultChecklist))
    }

    static func reportTemplates() throws -> ReportTemplates { try ReportTemplates(folder: templates) }

    static func options(_ languages: [ReportLanguage] = [.ja, .en]) -> ReportOptions {
        ReportOptions(languages: languages, templates: templates, generatedAt: generatedAt)
    }

    /// A blank sheet filled with `answers`, as the customer returns it.
    static func filledSheet(_ answers: [String?], tick symptom: Symptom?, language: ReportLanguage = .ja) throws
        -> String
    {
        let checklist = try checklist()
        let blank = try HearingSheet.render(checklist, language: language, templates: reportTemplates())
        let tick = symptom.flatMap { checklist.symptoms[$0] }.map { language == .ja ? $0.ja : $0.en }
        return SheetFiller.fill(blank, language: language, answers: answers, tick: tick)
    }

    /// Writes `files` into `<random temp>/<name>/` and runs examine and assess on that folder.
    static func run(_ name: String, files: [(String, [UInt8])], events: [EventRow] = []) throws -> ReportCase {
        let scratch = try ScratchFolder("caseintake")
        let folder = scratch.url.appendingPathComponent(name)
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let examination = CaseExamination.examine(CaseRequest(inputs: [folder.path], caseID: name))
        let assessment = CaseAssessor.assess(examination, checklist: try checklist())
        return ReportCase(name: name, assessment: assessment, events: events, scratch: scratch)
    }

    /// Answers with some questions left open: 1-3, 1-7, 1-8 and the mail server's application,
    /// version, OS and FQDN, the telnet result and the computer name.
    static var partialAnswers: [String?] {
        var answers = SheetFiller.completeJapaneseAnswers
        for index in [2, 6, 7, 12, 13, 14, 15, 16, 18] { answers[index] = nil }
        return answers
    }

    /// Not sent; the event log came as a text export, no capture, open questions.
    static func incomplete() throws -> ReportCase {
        try run(
            "golden-incomplete",
            files: [
                ("ヒアリングシート.md", Array(try filledSheet(partialAnswers, tick: .notSent).utf8)),
                ("msinfo32.txt", MsInfoWriter.textExport(language: .japanese)),
                ("SPNT.log", SpntLogWriter.log(outcome: .connectFailed)),
                ("telnet.txt", TelnetTranscriptWriter.bytes(.failedJapanese)),
                ("イベントログ/System.txt", EventLogTextExportWriter.text(japanese: true)),
                ("設定画面.png", ImageWriter.png(width: 64, height: 48)),
            ])
    }

    /// Everything answered and sent, and the evidence agrees: the mail server refused to relay,
    /// in the capture, SPNT.log and the events alike.
    static func complete() throws -> ReportCase {
        try run(
            "golden-complete",
            files: [
                ("hearing-sheet.md", Array(try filledSheet(SheetFiller.completeJapaneseAnswers, tick: .notSent).utf8)),
                ("msinfo32.txt", MsInfoWriter.textExport(language: .japanese)),
                ("SPNT.log", SpntLogWriter.log(outcome: .rejected)),
                ("telnet.txt", TelnetTranscriptWriter.bytes(.connected)),
                ("settings.png", ImageWriter.dialogPNG()),
                ("Application.evtx", ExampleEvidence.eventLog(channel: "Application", failure: .rejected)),
                ("System.evtx", ExampleEvidence.eventLog(channel: "System", failure: .rejected)),
                ("smtp.pcapng", ExampleEvidence.capture(.relayDenied)),
            ])
    }

    /// Only an msinfo32 export and no hearing sheet: the symptom is unknown, so items 5 and 7
    /// are asked "if applicable" and every question of item 1 is open.
    static func sparse() throws -> ReportCase {
        try run("golden-sparse", files: [("msinfo32.txt", MsInfoWriter.textExport(language: .english))])
    }

    static func all() throws -> [ReportCase] { [try incomplete(), try complete(), try sparse()] }
}

extension ReportCase {
    /// Every output of the case in writing order; paths start at the input's name, so no
    /// temporary folder needs taking out. The drafts are rebuilt with the fixed date.
    func outputs(languages: [ReportLanguage] = [.ja, .en]) throws -> [(name: String, data: Data)] {
        let templates = try ReportCases.reportTemplates()
        let options = ReportCases.options(languages)
        let models = try languages.map { language -> ReportModel in
            var model = ReportModel(
                assessment, options: options, language: language,
                labels: try ReportLabels.load(language, templates: ReportCases.templates))
            model.events += events
            return model
        }
        let rendered = try ReportWriter.render(
            models, summary: SummaryDocument(assessment), templates: templates, date: ReportCases.generatedAt,
            checklist: assessment.checklist)
        var cleaned: [(name: String, data: Data)] = []
        for output in rendered {
            if output.name.hasSuffix(".eml") {
                let language = output.name.dropFirst("followup.".count).prefix(2)
                guard let model = models.first(where: { $0.language == language }),
                    let text = cleaned.first(where: { $0.name == "followup.\(language).txt" })
                else { continue }
                let subject = try FollowUpMail.render(model, templates: templates).subject
                let mail = FollowUpText(subject: subject, body: String(decoding: text.data, as: UTF8.self))
                let attachments = try ReportWriter.attachments(
                    for: model, checklist: assessment.checklist, templates: templates)
                cleaned.append(
                    (output.name, DraftMessage.render(mail, date: ReportCases.generatedAt, attachments: attachments)))
            } else {
                cleaned.append((output.name, output.data))
            }
        }
        return cleaned
    }
}
