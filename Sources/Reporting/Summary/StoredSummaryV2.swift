import Assessment
import Foundation

/// The part of a written `summary.json` (schema version 2) that a later round and the team's
/// index read back. Fields written before rounds existed are optional here.
struct StoredSummaryV2: Decodable {
    struct Tool: Decodable {
        let name: String
    }

    struct Server: Decodable {
        let names: [String]
        let addresses: [String]
    }

    struct Case: Decodable {
        let id: String
        let symptom: String
        let timeZone: String
        let incidentTimes: [String]
        let inputs: [RoundV2.Input]
        let normalServer: Server?
        let mailServer: Server?
        let hearing: HearingV2?
        let customer: String?
        let customerEnglish: String?
    }

    struct Item: Decodable {
        let number: Int
        let status: String
        let conditional: Bool?
        let evidence: [String]
        let findings: [Finding]
        let unansweredQuestions: [String]?
        let missingFields: [String]?
        let judged: Bool?
        let round: Int?
    }

    struct StoredObservation: Decodable {
        let code: String
        let severity: Finding.Severity
        let time: String?
        let evidence: [String]
        let message: LocalizedText
    }

    let schemaVersion: Int
    let tool: Tool
    let checklist: String
    let `case`: Case
    let status: String
    let items: [Item]
    let files: [JSONValue]
    let observations: [StoredObservation]?
    let rounds: [RoundV2]?
}
