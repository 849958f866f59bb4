import Intake

/// How an item of the checklist stands.
public enum ItemStatus: String, Sendable, Codable, CaseIterable {
    /// Received and usable.
    case ok
    /// Received; a person must confirm it (e.g. an image that may be the settings dialog).
    case review
    /// Received, but not usable as it is: the follow-up mail asks again, saying why.
    case insufficient
    /// Not received.
    case missing
    /// The item does not apply to this symptom.
    case notApplicable = "not-applicable"
}

/// The verdict on one checklist item.
public struct ItemVerdict: Sendable {
    public let item: ChecklistItem
    public let status: ItemStatus
    /// The symptom is unknown and the item applies only to some symptoms: the mail asks for it
    /// "if applicable", and it does not by itself make the case incomplete.
    public let conditional: Bool
    /// The received files the verdict rests on.
    public let evidence: [CasePath]
    public let findings: [Finding]
    /// Item 1: the questions not yet answered, in checklist order.
    public let unansweredQuestions: [HearingQuestion]
    /// Hearing-sheet fields of this item that are empty or malformed.
    public let missingFields: [HearingField]
    /// Fields the customer left open that the received files answer: counted as answered, and
    /// offered to the customer for confirmation rather than asked again.
    public let knownFields: [KnownField]
    /// False when entries the item may rest on could not be read (see ``UnreadableInputs``): the
    /// status is then `insufficient`, and the mail asks for the password or a new archive instead.
    public let judged: Bool

    public init(
        item: ChecklistItem, status: ItemStatus, conditional: Bool = false, evidence: [CasePath] = [],
        findings: [Finding] = [], unansweredQuestions: [HearingQuestion] = [], missingFields: [HearingField] = [],
        knownFields: [KnownField] = [], judged: Bool = true
    ) {
        self.knownFields = knownFields
        self.judged = judged
        self.item = item
        self.status = status
        self.conditional = conditional
        self.evidence = evidence
        self.findings = findings
        self.unansweredQuestions = unansweredQuestions
        self.missingFields = missingFields
    }

    /// The follow-up mail asks for this item.
    public var needsRequest: Bool { judged && (status == .missing || status == .insufficient) }
}

/// A hearing field's value read from the case's files instead of the sheet.
public struct KnownField: Sendable, Equatable {
    public let field: HearingField
    public let value: String
    /// The file it was read from (its name).
    public let source: String
}
