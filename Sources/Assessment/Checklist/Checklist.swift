/// A collection checklist for one product and problem, loaded from a YAML file a support lead
/// edits (`Templates/checklists/*.yaml`). Which evidence an item needs is data; the checks an
/// item may name are code (`CheckName`).
public struct Checklist: Sendable {
    public let id: String
    public let title: LocalizedText
    public let product: LocalizedText
    public let problem: LocalizedText
    /// The symptoms the engineer or the customer can name, with their wording.
    public let symptoms: [Symptom: LocalizedText]
    /// Words of the answer to 1-1 that name a symptom when no choice is marked (`words:` under a
    /// symptom: 届かない, 文字化け, not delivered …), matched without spaces, case or width.
    public var symptomWords: [Symptom: [String]] = [:]
    /// Providers whose events the report lists around the incident (substrings, any case).
    public let eventSources: [String]
    public let hearingFields: [HearingField]
    public let items: [ChecklistItem]

    /// The hearing questions of every item, in order.
    public var questions: [HearingQuestion] { items.flatMap(\.questions) }

    /// The hearing fields that belong to `item`, in sheet order.
    public func hearingFields(of item: ChecklistItem) -> [HearingField] {
        hearingFields.filter { $0.itemNumber == item.number }
    }
}

/// One item of the checklist.
public struct ChecklistItem: Sendable {
    public let number: Int
    public let id: String
    public let title: LocalizedText
    public let applicability: Applicability
    public let check: CheckName
    /// Kinds of received files that count as evidence for the item.
    public let evidenceKinds: [EvidenceKind]
    /// Hearing-sheet fields that answer the item.
    public let hearingFieldIDs: [String]
    /// What the follow-up mail asks for, with the collection steps (Markdown).
    public let request: LocalizedText
    /// Item 1's questions.
    public let questions: [HearingQuestion]
    /// Whether the item asks for answers (information) or for files (material): the mail lists
    /// the two apart.
    public let asks: Asks
    /// The mail's one sentence asking for the item when nothing was received.
    public let ask: LocalizedText?
    /// The mail's one sentence asking again when what was received cannot be used.
    public let askAgain: LocalizedText?

    /// What an item asks the customer for.
    public enum Asks: String, Sendable {
        /// Answers: versions, the mail server's details, the timeline, the hearing.
        case information
        /// Files: exports, logs, screenshots, captures, the telnet result.
        case material
    }
}

/// When an item applies.
public enum Applicability: Sendable, Equatable {
    case always
    /// Only for these symptoms; with an unknown symptom the mail asks "if applicable".
    case symptoms(Set<Symptom>)

    /// Whether the item applies to a case with `symptom`; nil when that cannot be told yet.
    public func applies(to symptom: Symptom) -> Bool? {
        switch self {
        case .always: return true
        case .symptoms(let set): return symptom == .unknown ? nil : set.contains(symptom)
        }
    }
}

/// The problem the customer reports, as far as the checklist cares.
public enum Symptom: String, Sendable, Codable, CaseIterable, Hashable {
    case notSent = "not-sent"
    case garbled
    case other
    case unknown
}

/// One question of the hearing (item 1).
public struct HearingQuestion: Sendable, Equatable {
    public let id: String
    public let text: LocalizedText
    /// How the follow-up mail lists the question when it is open (a noun phrase); `text` without it.
    public let brief: LocalizedText?

    public init(id: String, text: LocalizedText, brief: LocalizedText? = nil) {
        self.id = id
        self.text = text
        self.brief = brief
    }
}

/// One field of the hearing sheet outside item 1's questions (versions, mail server, timeline).
public struct HearingField: Sendable, Equatable {
    /// How an answer is checked.
    public enum Shape: String, Sendable, CaseIterable {
        case programVersion = "program-version"
        case engineVersion = "engine-version"
        case patternVersion = "pattern-version"
        case ipAddress = "ip-address"
        case hostName = "host-name"
        case timeline
        case text
    }

    public let id: String
    public let itemNumber: Int
    public let shape: Shape
    public let label: LocalizedText
    /// The answer takes several lines (a timeline, a pasted transcript) rather than one.
    public let multiline: Bool
}

/// The checks an item can name; each is implemented in `ItemChecks`.
public enum CheckName: String, Sendable, CaseIterable {
    case hearingAnswers = "hearing-answers"
    case versions
    case msinfo
    case screenshot
    case mailItem = "mail-item"
    case mailServer = "mail-server"
    case connectivity
    case eventLogs = "event-logs"
    case debugLog = "debug-log"
    case packetCapture = "packet-capture"
    case mailServerAddress = "mail-server-address"
    case timeline
}
