import Foundation
import Intake

/// Judges an examined case against a checklist: one verdict per item, the case's symptom and
/// incident times, and the events near the incident.
public enum CaseAssessor {
    /// - Parameters:
    ///   - hearing: a hearing sheet given outside the case (`--hearing`); else the first one found in it.
    ///   - symptom: the symptom named on the command line; else the one ticked in the hearing sheet.
    ///   - incidentTimes: incident times named on the command line; else those of the hearing sheet.
    ///   - incidentWindow: how far around each incident time events are listed.
    ///   - phrases: the wording of the observations and findings (the examination's findings are
    ///     worded again by it).
    ///   - earlier: what earlier rounds established (symptom, incident times, hearing answers), known
    ///     before this round's material is read; this round's own statements win.
    public static func assess(
        _ examination: CaseExamination, checklist: Checklist, hearing: HearingAnswers? = nil, symptom: Symptom? = nil,
        incidentTimes given: [Date] = [], incidentWindow: TimeInterval = 30 * 60, phrases: Phrasebook = .standard,
        earlier: CaseHistory? = nil
    ) -> CaseAssessment {
        let examination = examination.worded(by: phrases)
        let timeZone = examination.request.timeZone
        // Customers resend the sheet with more answers, or send the blank one back beside the
        // filled one: the sheet with the most answers wins, the later one on a tie.
        let sheets = HearingSheetSources.sheets(in: examination.files, checklist: checklist, timeZone: timeZone)
        let found =
            hearing
            ?? sheets.enumerated().max { ($0.element.answerCount, $0.offset) < ($1.element.answerCount, $1.offset) }?
            .element
        let sheet = earlier?.hearing.map { earlierSheet in found?.filling(from: earlierSheet) ?? earlierSheet } ?? found
        let known = sheet?.symptom == .unknown ? nil : sheet?.symptom
        let resolvedSymptom = symptom ?? known ?? earlier?.symptom ?? .unknown
        let sheetTimes = sheet?.incidentTimes ?? []
        let incidentTimes = given.isEmpty ? (sheetTimes.isEmpty ? earlier?.incidentTimes ?? [] : sheetTimes) : given
        let events = IncidentEvents.near(
            incidentTimes, window: incidentWindow, in: examination.files, sources: checklist.eventSources)
        let correlation = Correlator.correlate(
            examination, hearing: sheet,
            incident: IncidentWindow(times: incidentTimes, window: incidentWindow, zone: timeZone), events: events,
            phrases: phrases)
        let context = CheckContext(
            files: examination.files, hearing: sheet, symptom: resolvedSymptom, incidentTimes: incidentTimes,
            checklist: checklist, timeZone: timeZone, correlation: correlation, phrases: phrases,
            correspondence: examination.correspondence)
        let items = checklist.items.map { item -> ItemVerdict in
            switch item.applicability.applies(to: resolvedSymptom) {
            case false?:
                return ItemVerdict(item: item, status: .notApplicable)
            case let applies:
                let verdict = ItemChecks.judge(item, in: context).citingHearingSheet(sheet).withoutHiddenProblems()
                return applies == nil ? verdict.conditionally() : verdict
            }
        }.map { [unreadable = examination.unreadable] in
            unreadable.judge($0, files: examination.files, phrases: phrases)
        }
        var caseFindings = examination.unreadableInputProblems.map { $0.finding(in: phrases) }
        // An input archive is no entry of the case: which mail's password opened it is said here.
        caseFindings += examination.intakeProblems.filter { $0.code == .passwordFromMail && $0.path.depth == 0 }
            .map { $0.finding(in: phrases) }
        caseFindings += CrossChecks.findings(context)
        return CaseAssessment(
            examination: examination, checklist: checklist, symptom: resolvedSymptom, incidentTimes: incidentTimes,
            hearing: sheet, items: items, caseFindings: caseFindings, incidentEvents: events, correlation: correlation,
            phrases: phrases)
    }
}

/// What every check can look at.
struct CheckContext {
    let files: [ReceivedFile]
    let hearing: HearingAnswers?
    let symptom: Symptom
    let incidentTimes: [Date]
    let checklist: Checklist
    /// The customer's time zone, for times written without one (SPNT.log).
    let timeZone: TimeZone
    /// What the evidence shows across files.
    let correlation: CaseCorrelation
    /// The words of the findings.
    let phrases: Phrasebook
    /// The customer's mails that brought the case (``CaseExamination/correspondence``): never the
    /// evidence a checklist item asks for.
    var correspondence: Set<CasePath> = []

    /// Readable files of the given kinds, in walk order.
    func files(_ kinds: EvidenceKind...) -> [ReceivedFile] {
        files.filter { kinds.contains($0.kind) }
    }

    /// Readable pictures whose names suggest `subject` (nil: pictures whose names suggest nothing).
    func pictures(of subject: NameHints.PictureSubject?) -> [ReceivedFile] {
        files(.image).filter {
            $0.isReadable
                && NameHints.pictureSubject(fileName: $0.path.fileName, folders: $0.path.folderNames) == subject
        }
    }

    /// This context with `fields` answered where the hearing sheet left them open.
    func adding(fields extra: [String: String]) -> CheckContext {
        guard !extra.isEmpty else { return self }
        var answers = hearing?.fields ?? [:]
        answers.merge(extra) { sheet, _ in sheet }
        let sheet = HearingAnswers(
            source: hearing?.source ?? "", symptom: hearing?.symptom ?? .unknown, answers: hearing?.answers ?? [:],
            fields: answers, incidentTimes: hearing?.incidentTimes ?? [], timeline: hearing?.timeline ?? [])
        return CheckContext(
            files: files, hearing: sheet, symptom: symptom, incidentTimes: incidentTimes, checklist: checklist,
            timeZone: timeZone, correlation: correlation, phrases: phrases, correspondence: correspondence)
    }

    /// A finding of `code`, worded by the case's phrasebook with `values` (and `localized` values
    /// that differ by language); `severity` only for codes whose severity the check chooses.
    func finding(
        _ code: FindingCode, _ values: [String: String] = [:], localized: [String: LocalizedText] = [:],
        severity: Finding.Severity? = nil
    ) -> Finding {
        Finding(code, values, localized: localized, severity: severity, in: phrases)
    }

    /// The answer of a hearing field, if given.
    func field(_ id: String) -> String? { hearing?.fields[id] }

    /// The value a field states (not 「不明」「未実施」「なし」), for comparing with the files.
    func stated(_ id: String) -> String? { hearing?.stated(id) }
}

extension ItemVerdict {
    /// The verdict with the hearing sheet among its evidence, for items its answers speak to.
    func citingHearingSheet(_ sheet: HearingAnswers?) -> ItemVerdict {
        let answered =
            item.questions.contains { sheet?.answers[$0.id] != nil }
            || item.hearingFieldIDs.contains { sheet?.fields[$0] != nil }
        guard let sheet, answered, !sheet.source.isEmpty else { return self }
        let source = CasePath(input: sheet.source)
        guard !evidence.contains(source) else { return self }
        return ItemVerdict(
            item: item, status: status, conditional: conditional, evidence: [source] + evidence, findings: findings,
            unansweredQuestions: unansweredQuestions, missingFields: missingFields, knownFields: knownFields,
            judged: judged)
    }

    /// An item is never `ok` with a problem under it: such a verdict becomes `insufficient`.
    func withoutHiddenProblems() -> ItemVerdict {
        guard status == .ok, findings.contains(where: { $0.severity == .problem }) else { return self }
        return ItemVerdict(
            item: item, status: .insufficient, conditional: conditional, evidence: evidence, findings: findings,
            unansweredQuestions: unansweredQuestions, missingFields: missingFields, knownFields: knownFields,
            judged: judged)
    }

    /// The verdict for an item whose applicability is not known (unknown symptom).
    func conditionally() -> ItemVerdict {
        ItemVerdict(
            item: item, status: status, conditional: true, evidence: evidence, findings: findings,
            unansweredQuestions: unansweredQuestions, missingFields: missingFields, knownFields: knownFields,
            judged: judged)
    }
}
