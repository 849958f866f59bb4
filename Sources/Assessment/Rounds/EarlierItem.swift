import Foundation
import Intake

/// An item's verdict as an earlier round left it in `summary.json`.
public struct EarlierItem: Sendable, Equatable {
    public let number: Int
    public let status: ItemStatus
    public let conditional: Bool
    /// The evidence paths as written (`case.zip!/dir/file`).
    public let evidence: [String]
    public let findings: [Finding]
    /// Item 1's questions and the fields still open then, by id.
    public let unansweredQuestions: [String]
    public let missingFields: [String]
    public let judged: Bool
    /// The round the verdict's evidence came from.
    public let round: Int

    public init(
        number: Int, status: ItemStatus, conditional: Bool = false, evidence: [String] = [], findings: [Finding] = [],
        unansweredQuestions: [String] = [], missingFields: [String] = [], judged: Bool = true, round: Int = 1
    ) {
        self.number = number
        self.status = status
        self.conditional = conditional
        self.evidence = evidence
        self.findings = findings
        self.unansweredQuestions = unansweredQuestions
        self.missingFields = missingFields
        self.judged = judged
        self.round = round
    }

    /// The earlier verdict again, on `item` of the checklist (questions and fields by id).
    func verdict(on item: ChecklistItem, checklist: Checklist) -> ItemVerdict {
        let fields = checklist.hearingFields(of: item)
        return ItemVerdict(
            item: item, status: status, conditional: conditional, evidence: evidence.map(CasePath.parsing),
            findings: findings, unansweredQuestions: item.questions.filter { unansweredQuestions.contains($0.id) },
            missingFields: fields.filter { missingFields.contains($0.id) }, judged: judged)
    }
}

extension CasePath {
    /// A path as `summary.json` writes it: `outer.zip!/dir/inner.zip!/file`.
    public static func parsing(_ text: String) -> CasePath {
        let layers = text.components(separatedBy: "!/")
        return layers.dropFirst().reduce(CasePath(input: layers[0])) { $0.entry($1) }
    }
}
