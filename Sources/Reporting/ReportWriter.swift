import Assessment
import Foundation

/// Writes every output of a case into its folder, each file atomically: `summary.json`, and per
/// language `report.<lang>.html`, `report.<lang>.md`, `followup.<lang>.txt`, `followup.<lang>.eml`.
public enum ReportWriter {
    /// One rendered output: its file name and bytes.
    public struct Output: Sendable {
        public let name: String
        public let data: Data
    }

    /// Writes the outputs and returns their URLs in writing order.
    @discardableResult
    public static func write(_ assessment: CaseAssessment, to folder: URL, options: ReportOptions) throws -> [URL] {
        let templates = try ReportTemplates(folder: options.templates)
        let models = try options.languages.map { language in
            ReportModel(
                assessment, options: options, language: language,
                labels: try ReportLabels.load(language, templates: options.templates))
        }
        let outputs = try render(
            models,
            summary: SummaryDocument(
                assessment, customer: options.customer, customerEnglish: options.customerEnglish,
                earlier: options.earlier), templates: templates, date: options.generatedAt,
            checklist: assessment.checklist)
        try AtomicFile.prepareFolder(folder)
        var written: [URL] = []
        for output in outputs {
            try AtomicFile.write(output.data, named: output.name, in: folder)
            written.append(folder.appendingPathComponent(output.name))
        }
        return written
    }

    /// Renders every output from finished models (one per language), in writing order; nothing
    /// is written until all of them rendered, so a template error leaves no half report.
    /// - Parameter checklist: gives the blank hearing sheet a draft carries when none was received.
    public static func render(
        _ models: [ReportModel], summary: SummaryDocument, templates: ReportTemplates, date: Date,
        checklist: Checklist? = nil
    ) throws -> [Output] {
        var outputs = [Output(name: "summary.json", data: try summary.encoded())]
        for var model in models {
            model.mail = try FollowUpMail.render(model, templates: templates)
            let language = model.language
            outputs.append(
                Output(
                    name: "report.\(language).html", data: Data(try HTMLReport.render(model, templates: templates).utf8)
                ))
            outputs.append(
                Output(
                    name: "report.\(language).md",
                    data: Data(try MarkdownReport.render(model, templates: templates).utf8)))
            outputs.append(Output(name: "followup.\(language).txt", data: Data(model.mail.body.raw.utf8)))
            let attachments = try self.attachments(for: model, checklist: checklist, templates: templates)
            outputs.append(
                Output(
                    name: "followup.\(language).eml",
                    data: DraftMessage.render(model.mail, date: date, attachments: attachments)))
        }
        return outputs
    }

    /// What the draft carries besides its text: the blank hearing sheet when none was received.
    public static func attachments(for model: ReportModel, checklist: Checklist?, templates: ReportTemplates) throws
        -> [DraftMessage.Attachment]
    {
        guard model.attachesHearingSheet, let checklist, let language = ReportLanguage(rawValue: model.language) else {
            return []
        }
        let sheet = try HearingSheet.render(checklist, language: language, templates: templates)
        return [
            DraftMessage.Attachment(
                fileName: model.labels["hearingSheetFile"] ?? "hearing-sheet.md",
                contentType: "text/markdown; charset=UTF-8", bytes: Data(sheet.utf8))
        ]
    }
}
