import Assessment

/// One item of `summary.json`'s `items`.
struct ItemSummary: Encodable {
    let number: Int
    let id: String
    let title: LocalizedText
    let status: String
    let conditional: Bool
    let evidence: [String]
    let findings: [FindingV2]
    let unansweredQuestions: [String]
    let missingFields: [String]
    /// `false` for an item not judged because entries it may rest on could not be read; absent otherwise.
    let judged: Bool?
    /// The round the verdict's evidence came from; absent for an assessment without rounds.
    let round: Int?

    init(_ verdict: ItemVerdict, round: Int? = nil) {
        self.round = round
        number = verdict.item.number
        id = verdict.item.id
        title = verdict.item.title
        status = verdict.status.rawValue
        conditional = verdict.conditional
        evidence = verdict.evidence.map(\.description)
        findings = verdict.findings.map(FindingV2.init)
        unansweredQuestions = verdict.unansweredQuestions.map(\.id)
        missingFields = verdict.missingFields.map(\.id)
        judged = verdict.judged ? nil : false
    }
}
