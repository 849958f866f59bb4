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
        let summary = SummaryDocument(
            assessment, customer: options.customer, customerEnglish: options.customerEnglish,
            earlier: options.earlier)
        try AtomicFile.prepareFolder(folder)
        // summary.json — one entry per received file, the largest output of a case of many files —
        // streams into its temporary file on a thread of its own while the languages render.
        let summaryJob = SummaryJob(summary, folder: folder)
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
            try? summaryJob.wait().discard()
            throw error
        }
        let staged = try summaryJob.wait()
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
        model.mail = try FollowUpMail.render(model, templates: templates)
        let language = model.language
        let attachments = try self.attachments(for: model, checklist: checklist, templates: templates)
        return [
            Output(
                name: "report.\(language).html", data: Data(try HTMLReport.render(model, templates: templates).utf8)),
            Output(
                name: "report.\(language).md", data: Data(try MarkdownReport.render(model, templates: templates).utf8)),
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

/// summary.json written to its temporary file on a thread of its own.
private final class SummaryJob: @unchecked Sendable {
    // Sendable by hand-over: the document and folder are only read by the job's thread until
    // `done` is signalled; the result is only read after that.
    private let summary: SummaryDocument
    private let folder: URL
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<AtomicFile.Staged, any Error>?

    init(_ summary: SummaryDocument, folder: URL) {
        self.summary = summary
        self.folder = folder
        Thread.detachNewThread { [self] in run() }
    }

    private func run() {
        result = Result {
            try AtomicFile.stage(named: "summary.json", in: folder) { sink in try summary.encode(into: sink.write) }
        }
        done.signal()
    }

    /// The staged summary.json, once written; the job's error when it could not be.
    func wait() throws -> AtomicFile.Staged {
        done.wait()
        done.signal()
        return try result!.get()
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
