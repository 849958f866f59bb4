import Assessment
import Foundation
import Intake

/// Writes every output of a case into its folder, each file atomically: `summary.json`, and per
/// language `report.<lang>.html`, `report.<lang>.md`, `followup.<lang>.txt`, `followup.<lang>.eml`.
public enum ReportWriter {
    /// One rendered output: its file name and bytes.
    public struct Output: Sendable {
        public let name: String
        public let data: Data
    }

    /// Writes the outputs and returns their URLs in writing order.
    /// - Parameter loaded: the templates of `options.templates`, when the caller loaded them
    ///   already (while the case was read); they are loaded here otherwise.
    @discardableResult
    public static func write(
        _ assessment: CaseAssessment, to folder: URL, options: ReportOptions, templates loaded: ReportTemplates? = nil
    ) throws -> [URL] {
        let templates = try loaded ?? ReportTemplates(folder: options.templates)
        let summary = SummaryDocument(
            assessment, customer: options.customer, customerEnglish: options.customerEnglish,
            earlier: options.earlier)
        try AtomicFile.prepareFolder(folder)
        // summary.json — one entry per received file, the largest output of a case of many files —
        // streams into its temporary file on a thread of its own while the languages render.
        let summaryJob = BesideWork {
            try AtomicFile.stage(named: "summary.json", in: folder) { sink in try summary.encode(into: sink.write) }
        }
        let outputs: [Output]
        do {
            outputs = try eachAtOnce(options.languages) { language in
                let model = ReportModel(
                    assessment, options: options, language: language,
                    labels: try ReportLabels.load(language, templates: options.templates))
                return try ReportWriter.outputs(
                    for: model, templates: templates, date: options.generatedAt, checklist: assessment.checklist)
            }.flatMap { $0 }
        } catch {
            try? summaryJob.value().discard()
            throw error
        }
        let staged = try summaryJob.value()
        // Nothing is in place until everything rendered, so a template error leaves no half report.
        try staged.commit()
        var written = [folder.appendingPathComponent("summary.json")]
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
        [Output(name: "summary.json", data: try summary.encoded())]
            + (try renderTemplated(models, templates: templates, date: date, checklist: checklist))
    }

    /// Every output but summary.json, in writing order; the languages render at once.
    static func renderTemplated(
        _ models: [ReportModel], templates: ReportTemplates, date: Date, checklist: Checklist?
    ) throws -> [Output] {
        try eachAtOnce(models) { try outputs(for: $0, templates: templates, date: date, checklist: checklist) }
            .flatMap { $0 }
    }

    /// The outputs of one language, in writing order.
    private static func outputs(
        for finished: ReportModel, templates: ReportTemplates, date: Date, checklist: Checklist?
    ) throws -> [Output] {
        var model = finished
        let language = model.language
        // The model is read for the templates once; the mail rendered from it then joins it.
        let fields = TemplateFields(model)
        model.mail = try FollowUpMail.render(fields, language: language, templates: templates)
        let page = fields.replacing("mail", with: model.mail)
        let attachments = try self.attachments(for: model, checklist: checklist, templates: templates)
        return [
            Output(
                name: "report.\(language).html", data: Data(try HTMLReport.render(page, templates: templates).utf8)),
            Output(
                name: "report.\(language).md", data: Data(try MarkdownReport.render(page, templates: templates).utf8)),
            Output(name: "followup.\(language).txt", data: Data(model.mail.body.raw.utf8)),
            Output(
                name: "followup.\(language).eml",
                data: DraftMessage.render(model.mail, date: date, attachments: attachments)),
        ]
    }

    /// `work` on every item at once (as many at a time as there are cores), the results in the
    /// items' order; the first item's error, if any failed, is thrown once all are done.
    private static func eachAtOnce<Item: Sendable, Value: Sendable>(
        _ items: [Item], _ work: @Sendable (Item) throws -> Value
    ) throws -> [Value] {
        let results = ResultSlots<Value>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, Result { try work(items[index]) })
        }
        return try results.values()
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

/// Where concurrent work leaves its results, one slot each.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // Sendable by the lock around `slots`.
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.withLock { slots[index] = result }
    }

    /// Every value in order, or the first slot's error.
    func values() throws -> [Value] {
        try lock.withLock { slots }.map { try $0!.get() }
    }
}
