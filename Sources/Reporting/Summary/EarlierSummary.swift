import Assessment
import Foundation
import Intake

/// A case folder's `summary.json` read back: the history the next round merges with, and what
/// the summary carries forward as written (the customer's name, the earlier files' entries).
public struct EarlierSummary: Sendable {
    public let history: CaseHistory
    /// The customer as an earlier run named it (`--customer`, `--customer-en`).
    public let customer: String?
    public let customerEnglish: String?
    /// The case's status then: every applicable item in.
    public let complete: Bool
    /// The customer's time zone (`--tz`) the case was read in; UTC when the summary names none we know.
    public var timeZone: TimeZone { history.timeZone ?? TimeZone(identifier: "UTC")! }
    /// Earlier `files[]` entries as written, each with its `round`.
    let files: [JSONValue]

    /// - Parameter written: when the summary was written, the date of a round it does not date itself.
    init(_ stored: StoredSummaryV2, written: Date) {
        let rounds =
            stored.rounds?.compactMap(\.round)
            ?? [
                CaseRound(
                    number: 1, date: written,
                    inputs: stored.case.inputs.map {
                        CaseRound.Input(path: $0.path, bytes: $0.bytes, sha256: $0.sha256)
                    },
                    resolved: stored.items.filter { ItemStatus(rawValue: $0.status)?.isSatisfied == true }.map(
                        \.number),
                    open: stored.items.filter { $0.status == "missing" || $0.status == "insufficient" }.map(\.number))
            ]
        let lastRound = rounds.last?.number ?? 1
        let items = stored.items.compactMap { item -> EarlierItem? in
            guard let status = ItemStatus(rawValue: item.status) else { return nil }
            return EarlierItem(
                number: item.number, status: status, conditional: item.conditional ?? false, evidence: item.evidence,
                findings: item.findings, unansweredQuestions: item.unansweredQuestions ?? [],
                missingFields: item.missingFields ?? [], judged: item.judged ?? true, round: item.round ?? lastRound)
        }
        files = stored.files.map { file in
            file["round"] == nil ? file.setting("round", to: .integer(Int64(lastRound))) : file
        }
        history = CaseHistory(
            caseID: stored.case.id, checklistID: stored.checklist, rounds: rounds, items: items,
            symptom: Symptom(rawValue: stored.case.symptom) ?? .unknown,
            incidentTimes: stored.case.incidentTimes.compactMap(ISO8601Local.date),
            hearing: stored.case.hearing?.answersRead,
            normalServer: (stored.case.normalServer?.names ?? []) + (stored.case.normalServer?.addresses ?? []),
            mailServer: (stored.case.mailServer?.names ?? []) + (stored.case.mailServer?.addresses ?? []),
            files: files.compactMap { file in
                file["path"]?.string.map {
                    CaseHistory.File(
                        path: $0, sha256: file["sha256"]?.string, round: file["round"]?.integer ?? lastRound)
                }
            },
            observations: (stored.observations ?? []).map {
                Observation(
                    code: $0.code, severity: $0.severity, time: $0.time.flatMap(ISO8601Local.date),
                    evidence: $0.evidence.map(CasePath.parsing), message: $0.message)
            }, timeZoneName: stored.case.timeZone)
        customer = stored.case.customer
        complete = stored.status == "complete"
        customerEnglish = stored.case.customerEnglish
    }
}
