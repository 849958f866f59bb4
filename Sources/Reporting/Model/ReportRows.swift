import Mustache

/// Text from the case (a path like `case.zip!/logs/System.evtx`, an answer, the mail) as
/// templates see it: `{{x}}` escapes it by the template's content type; in Markdown templates
/// `{{{codeSpan(x)}}}` gives a code span and `{{{fencedBlock(x)}}}` a fenced block, both inert.
public struct CaseText: Sendable, MustacheCustomRenderable, MustacheTransformable {
    public let raw: String

    public init(_ raw: String) { self.raw = raw }

    public var renderText: String { raw }
    public var isNull: Bool { false }

    public func transform(_ name: String) -> Any? {
        switch name {
        case "codeSpan": return MarkdownText.codeSpan(raw)
        case "fencedBlock": return MarkdownText.fencedBlock(raw)
        default: return nil
        }
    }
}

/// A path in a list (evidence, the hearing sheet's source).
public struct PathRow: Sendable {
    public var path: CaseText
}

/// One finding as shown: severity (class and word) and message.
public struct FindingRow: Sendable {
    public var severity: String
    public var severityText: String
    public var code: String
    public var message: String
}

/// One received input: an archive or folder the engineer named.
public struct InputRow: Sendable {
    public var path: CaseText
    public var size: String
    public var sha256: String
}

/// One answer of the hearing sheet: a question or field and what the customer wrote.
public struct AnswerRow: Sendable {
    public var label: String
    public var value: CaseText
    public var multiline: Bool
}

/// One event-log record near the incident.
public struct EventRow: Sendable {
    public var time: String
    public var level: String
    /// `critical`, `error`, `warning`, `information` or `verbose`, for the badge colour.
    public var levelClass: String
    public var provider: String
    public var eventID: String
    public var channel: String
    public var summary: String
    public var file: CaseText

    public init(
        time: String, level: String, levelClass: String, provider: String, eventID: String, channel: String,
        summary: String, file: CaseText
    ) {
        self.time = time
        self.level = level
        self.levelClass = levelClass
        self.provider = provider
        self.eventID = eventID
        self.channel = channel
        self.summary = summary
        self.file = file
    }
}

/// One file of the inventory.
public struct FileRow: Sendable {
    public var path: CaseText
    public var kind: String
    public var size: String
    public var sha256: String
    public var findings: [FindingRow]
    public var hasFindings: Bool
}

/// The follow-up mail once rendered: the report shows it, the writer saves it.
public struct FollowUpText: Sendable {
    public var subject: String
    public var body: CaseText

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = CaseText(body)
    }
}

/// One SMTP session read from a capture.
public struct SmtpSessionRow: Sendable {
    public var file: CaseText
    public var start: String
    public var client: String
    public var server: String
    /// The greeting's text after `220`, from the mail server.
    public var banner: CaseText
    /// Reply codes in order, e.g. `220 250 250 250 354 250 221`.
    public var replyCodes: String
    /// The reply that tells the outcome, e.g. `554 5.7.1 <admin@example.co.jp>: Relay access denied`.
    public var lastReply: CaseText
    public var outcome: String
    public var outcomeClass: String
}

/// A received picture, shown scaled down when its bytes were kept.
public struct ImageRow: Sendable {
    public var path: CaseText
    public var dimensions: String
    /// `data:image/png;base64,…`, nil when the picture is too large or images are left out.
    public var dataURI: String?
}
