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
    /// The open questions as the mail lists them (their brief form).
    public var openQuestions: [String]
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
    /// The mail's one request sentence: `ask` when nothing was received, `askAgain` when it cannot
    /// be used.
    public var ask: String
    /// The item asks for answers (information) rather than files (material).
    public var isInformation: Bool
    /// Values the files already tell, offered for confirmation.
    public var knownValues: [KnownValueRow]
    public var hasKnownValues: Bool
    /// The request has collection steps to show.
    public var hasRequestText: Bool
}

/// A value read from the case's files, offered to the customer for confirmation.
public struct KnownValueRow: Sendable {
    public var label: String
    public var value: CaseText
    public var source: CaseText
}
