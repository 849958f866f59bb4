import Foundation
import Intake

/// What the engineer asks of one run, besides the inputs: where the checklist and the words
/// are, the hearing sheet given outside the case, and what is known of the incident.
public struct CaseIntakeOptions: Sendable {
    public var request: CaseRequest
    /// Another checklist file (`--checklist`); the templates folder's default otherwise.
    public var checklist: String?
    /// Another templates folder (`--templates`).
    public var templates: String?
    /// A filled hearing sheet that arrived outside the archive (`--hearing`).
    public var hearing: String?
    /// The symptom when the engineer knows it (`--symptom`).
    public var symptom: Symptom?
    /// When the problem happened, if known before reading (`--incident`).
    public var incidentTimes: [Date]
    /// How far around the incident the evidence is read (`--window`).
    public var window: TimeInterval
    /// What earlier rounds of the case established (their `summary.json`); nil for round 1 or `--fresh`.
    public var history: CaseHistory?
    /// When this round is assessed (recorded in its round).
    public var date: Date

    public init(
        request: CaseRequest, checklist: String? = nil, templates: String? = nil, hearing: String? = nil,
        symptom: Symptom? = nil, incidentTimes: [Date] = [], window: TimeInterval = 30 * 60,
        history: CaseHistory? = nil, date: Date = Date()
    ) {
        self.history = history
        self.date = date
        self.request = request
        self.checklist = checklist
        self.templates = templates
        self.hearing = hearing
        self.symptom = symptom
        self.incidentTimes = incidentTimes
        self.window = window
    }
}

/// Why a run could not start: the checklist, the templates or the hearing sheet.
public enum CaseIntakeError: Error, CustomStringConvertible, Sendable {
    /// No templates folder with checklists; the folders looked in.
    case noTemplates(looked: [String])
    /// The checklist or the phrasebook cannot be used.
    case unusableTemplate(ChecklistError)
    /// The `--hearing` file cannot be read.
    case unreadableHearingSheet(String)

    public var description: String {
        switch self {
        case .noTemplates(let looked):
            return "No Templates folder with checklists was found (looked in \(looked.joined(separator: ", "))); "
                + "use --templates DIR."
        case .unusableTemplate(let error): return "A template cannot be used: \(error)"
        case .unreadableHearingSheet(let path): return "cannot read the hearing sheet \(path)"
        }
    }
}

/// The whole use case in one call: load the checklist and its words → examine the inputs →
/// correlate → assess. The command line parses flags and prints; tests call this directly.
public enum CaseIntake {
    /// Assesses a case: this round's inputs, read with what earlier rounds established known, then
    /// merged with their verdicts (``RoundMerger``).
    /// - Parameter observer: sees every entry of the walk (the command line's progress line).
    public static func assess(_ options: CaseIntakeOptions, observing observer: (any CaseVisitor)? = nil) throws
        -> CaseAssessment
    {
        // Both before the walk: an edited template that cannot be used is refused at once, not
        // after reading a large case.
        let checklist = try loadChecklist(options.checklist, templates: options.templates)
        let phrases = try loadPhrasebook(templates: options.templates)
        let zone = options.request.timeZone
        var request = options.request
        let history = options.history
        if let history {
            let source = "summary.json (round \(history.nextRound - 1))"
            if request.serverAddresses.isEmpty {
                // The Normal Server the earlier rounds identified, so that a capture alone is read for it.
                request.serverAddresses = history.normalServer
                request.serverSource = source
            }
            request.earlierMailServer = history.mailServer
            request.earlierMailServerSource = source
        }
        var hearing: HearingAnswers?
        if let path = options.hearing {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CaseIntakeError.unreadableHearingSheet(path)
            }
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                // An Excel sheet: read like any workbook of the case, through the walk.
                request.inputs.append(path)
            } else if let text = String(data: data, encoding: .utf8) {
                // Named by its file name alone: the report never shows the engineer's folders.
                let name = URL(fileURLWithPath: path).lastPathComponent
                hearing = HearingSheetReader.read(text, source: name, checklist: checklist, timeZone: zone)
            } else {
                throw CaseIntakeError.unreadableHearingSheet(path)
            }
        }
        // Incident times known before the walk let the event log reader keep what surrounds them.
        let events = EventSelection(
            sources: checklist.eventSources,
            incidents: options.incidentTimes + (hearing?.incidentTimes ?? []) + (history?.incidentTimes ?? []),
            window: options.window)
        let examination = CaseExamination.examine(request, events: events, observing: observer)
        let assessment = CaseAssessor.assess(
            examination, checklist: checklist, hearing: hearing, symptom: options.symptom,
            incidentTimes: options.incidentTimes, incidentWindow: options.window, phrases: phrases, earlier: history)
        return RoundMerger.merge(assessment, with: history, date: options.date)
    }

    /// The checklist given, or the templates folder's default.
    public static func loadChecklist(_ path: String?, templates: String?) throws -> Checklist {
        let checklistURL: URL
        if let path {
            checklistURL = URL(fileURLWithPath: path)
        } else if let folder = TemplateFolder.locate(override: templates) {
            checklistURL = folder.appendingPathComponent(TemplateFolder.defaultChecklist)
        } else {
            throw CaseIntakeError.noTemplates(looked: TemplateFolder.candidates(override: templates).map(\.path))
        }
        do {
            return try ChecklistLoader.load(contentsOf: checklistURL)
        } catch let error as ChecklistError {
            throw CaseIntakeError.unusableTemplate(error)
        }
    }

    /// The templates folder's phrasebook; the built-in wording when there is no templates folder.
    public static func loadPhrasebook(templates: String?) throws -> Phrasebook {
        guard let folder = TemplateFolder.locate(override: templates) else { return Phrasebook() }
        do {
            return try Phrasebook.load(folder: folder)
        } catch let error as ChecklistError {
            throw CaseIntakeError.unusableTemplate(error)
        }
    }
}
