import Assessment

/// One checklist item as the report and the mail show it.
public struct ItemRow: Sendable {
    public var number: Int
    public var id: String
    public var title: String
    /// The status word for CSS classes: `ok`, `review`, `insufficient`, `missing`, `not-applicable`.
    public var status: String
    public var statusText: String
    public var conditional: Bool
    public var needsRequest: Bool
    /// Nothing was received for the item (the mail says so instead of quoting the finding).
    public var isMissing: Bool
    /// Item 1, whose request lists only the open questions.
    public var isHearing: Bool
    public var evidence: [PathRow]
    public var hasEvidence: Bool
    public var findings: [FindingRow]
    public var hasFindings: Bool
    /// Messages of the item's problems, for the mail (the generic "nothing received" left out).
    public var problems: [String]
    public var hasProblems: Bool
    public var unansweredQuestions: [String]
    public var hasUnansweredQuestions: Bool
    public var missingFields: [String]
    public var hasMissingFields: Bool
    public var answers: [AnswerRow]
    public var hasAnswers: Bool
    /// The checklist's request: its Markdown, that Markdown rendered by cmark (safe HTML),
    /// and as plain text for the mail.
    public var requestMarkdown: String
    public var requestHTML: String
    public var requestText: String
    /// The checklist's words for when the item applies.
    public var appliesText: String
}
