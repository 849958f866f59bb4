import Assessment
import Foundation
import Intake

/// `summary.json`, schema version 2: the contract of DESIGN.md that scripts and automation read.
/// Version 1's fields are unchanged; version 2 adds who is who (`case.normalServer`,
/// `case.mailServer`), `observations`, `timeline` and each file's `facts.coverage`. Built from its
/// own types (`…V2`), never from the parsers' own encodings.
public struct SummaryDocument: Encodable {
    public static let schemaVersion = 2

    struct Tool: Encodable {
        let name = "caseintake"
        let version = CaseIntakeVersion.current
    }

    struct Input: Encodable {
        let path: String
        let bytes: Int64
        let sha256: String?
        let shape: String
        let format: String?
    }

    struct Case: Encodable {
        let id: String
        let symptom: String
        let timeZone: String
        let incidentTimes: [String]
        let inputs: [Input]
        /// Findings about the case as a whole: unreadable inputs, cross-checks.
        let findings: [FindingV2]
        let normalServer: ServerV2
        let mailServer: ServerV2
        /// The symptom was read from the words of 1-1, not from a ticked choice.
        let symptomInferred: Bool
        /// The answer the incident time was read from when 1-2 gave none.
        let incidentTimeSource: IncidentTimeSourceV2?
    }

    struct IncidentTimeSourceV2: Encodable {
        let question: String
        let line: String
    }

    struct File: Encodable {
        let path: String
        let kind: String
        let bytes: Int64
        let sha256: String?
        let recognizedBy: String
        let entryType: String
        let facts: FactsV2
        let findings: [FindingV2]
    }

    let schemaVersion = SummaryDocument.schemaVersion
    let tool = Tool()
    let checklist: String
    let `case`: Case
    let status: String
    let items: [ItemSummary]
    let files: [File]
    let observations: [ObservationV2]
    let timeline: [TimelineItemV2]
    /// Timeline entries left out to keep it readable (`CaseTimeline.limit`).
    let timelineOmitted: Int

    /// The document for an assessed case.
    public init(_ assessment: CaseAssessment) {
        let examination = assessment.examination
        let correlation = assessment.correlation
        checklist = assessment.checklistID
        `case` = Case(
            id: examination.request.resolvedCaseID, symptom: assessment.symptom.rawValue,
            timeZone: examination.request.timeZone.identifier,
            incidentTimes: assessment.incidentTimes.map { ISO8601Local.string($0, in: examination.request.timeZone) },
            inputs: examination.inputs.map {
                Input(
                    path: $0.path, bytes: $0.bytes, sha256: $0.sha256, shape: $0.shape.rawValue,
                    format: $0.archiveFormat)
            }, findings: assessment.caseFindings.map(FindingV2.init),
            normalServer: ServerV2(correlation.normalServer), mailServer: ServerV2(correlation.mailServer),
            symptomInferred: assessment.hearing?.symptomInferred ?? false,
            incidentTimeSource: assessment.hearing?.incidentTimeSource.map {
                IncidentTimeSourceV2(question: $0.id, line: $0.line)
            })
        status = assessment.isComplete ? "complete" : "incomplete"
        items = assessment.items.map(ItemSummary.init)
        files = examination.files.map {
            File(
                path: $0.path.description, kind: $0.kind.rawValue, bytes: $0.bytes, sha256: $0.sha256,
                recognizedBy: $0.recognizedBy.rawValue, entryType: $0.entryType.rawValue,
                facts: FactsV2(
                    $0.facts, coverage: correlation.coverage(of: $0.path), normalServer: correlation.normalServer),
                findings: $0.findings.map(FindingV2.init))
        }
        let zone = examination.request.timeZone
        observations = correlation.observations.map { ObservationV2($0, zone: zone) }
        timeline = correlation.timeline.items.map { TimelineItemV2($0, zone: zone) }
        timelineOmitted = correlation.timeline.omitted
    }

    /// The JSON bytes: pretty-printed, keys sorted (stable for diffs and golden files), times in ISO 8601 UTC.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601UTC.string(date))
        }
        return try encoder.encode(self)
    }
}
