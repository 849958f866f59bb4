import Foundation
import Intake

/// The whole judgement on a case: what came in, each checklist item's verdict, and the
/// cross-checks. Renderers format this; they decide nothing.
public struct CaseAssessment: Sendable {
    public let examination: CaseExamination
    public let checklist: Checklist
    /// The symptom from the command line or the hearing sheet.
    public let symptom: Symptom
    /// When the problem happened, from the command line or the hearing sheet.
    public let incidentTimes: [Date]
    /// The filled hearing sheet, if one was found or given.
    public let hearing: HearingAnswers?
    public let items: [ItemVerdict]
    /// Findings about the case as a whole (unreadable inputs, cross-checks).
    public let caseFindings: [Finding]
    /// Events near the incident from the event logs, for the report's table.
    public let incidentEvents: [IncidentEvent]
    /// What the evidence shows across files: who is who, coverage, the timeline, observations.
    public let correlation: CaseCorrelation
    /// The words the findings were put in (the templates folder's), for the words renderers add.
    public let phrases: Phrasebook
    /// The rounds of the case, when the assessment went through ``RoundMerger`` (the command line's runs).
    public let rounds: CaseRounds?

    public init(
        examination: CaseExamination, checklist: Checklist, symptom: Symptom, incidentTimes: [Date],
        hearing: HearingAnswers?, items: [ItemVerdict], caseFindings: [Finding], incidentEvents: [IncidentEvent],
        correlation: CaseCorrelation = CaseCorrelation(), phrases: Phrasebook = .standard, rounds: CaseRounds? = nil
    ) {
        self.rounds = rounds
        self.correlation = correlation
        self.phrases = phrases
        self.examination = examination
        self.checklist = checklist
        self.symptom = symptom
        self.incidentTimes = incidentTimes
        self.hearing = hearing
        self.items = items
        self.caseFindings = caseFindings
        self.incidentEvents = incidentEvents
    }

    public var checklistID: String { checklist.id }

    /// No applicable item is missing, insufficient or left unjudged.
    public var isComplete: Bool { !items.contains { ($0.needsRequest || !$0.judged) && !$0.conditional } }

    /// The items the follow-up mail asks for, in checklist order.
    public var requestedItems: [ItemVerdict] { items.filter(\.needsRequest) }
}
