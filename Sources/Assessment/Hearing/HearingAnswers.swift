import Foundation

/// What a filled hearing sheet says.
public struct HearingAnswers: Sendable {
    /// Where the sheet came from: a path in the case or the `--hearing` file.
    public let source: String
    /// The symptom ticked, or inferred from the answer to 1-1 (`symptomInferred`), or `.unknown`.
    public let symptom: Symptom
    /// Whether `symptom` was not chosen by the customer but read from the words of 1-1
    /// (「届かない」「文字化け」…): the report shows it as inferred.
    public let symptomInferred: Bool
    /// Answers to item 1's questions by question id, as the customer wrote them; unanswered
    /// questions are absent. 「不明」「未実施」「なし」 are answers too (see `flags`).
    public let answers: [String: String]
    /// Values of the other fields by field id; empty fields are absent.
    public let fields: [String: String]
    /// Answers and fields (by id) the customer answered with 「不明」「未実施」「なし」 and the like:
    /// kept in `answers`/`fields` as written, not asked again, shown as what they are.
    public let flags: [String: AnswerFlag]
    /// Times read from the "when" answer, else from the line `incidentTimeSource` names, in the case time zone.
    public let incidentTimes: [Date]
    /// The answer line the incident time was read from; nil when no time was found.
    public let incidentTimeSource: IncidentTimeSource?
    /// The timeline, one entry per line that starts with a date and time.
    public let timeline: [TimelineEntry]

    public init(
        source: String, symptom: Symptom, answers: [String: String], fields: [String: String],
        incidentTimes: [Date], timeline: [TimelineEntry], symptomInferred: Bool = false,
        flags: [String: AnswerFlag] = [:], incidentTimeSource: IncidentTimeSource? = nil
    ) {
        self.source = source
        self.symptom = symptom
        self.symptomInferred = symptomInferred
        self.answers = answers
        self.fields = fields
        self.flags = flags
        self.incidentTimes = incidentTimes
        self.incidentTimeSource = incidentTimeSource
        self.timeline = timeline
    }
}

extension HearingAnswers {
    /// How many questions and fields are answered.
    public var answerCount: Int { answers.count + fields.count }

    /// A field's value when it states one: nil when empty or when the customer wrote 「不明」,
    /// 「未実施」 or 「なし」 (kept in `fields` as their answer, but no name, address or version).
    public func stated(_ id: String) -> String? {
        flags[id] == nil ? fields[id] : nil
    }
}

/// An answer that says the customer does not know, did not do it, or there is nothing: the
/// customer's answer all the same, which the follow-up mail does not ask again.
public enum AnswerFlag: String, Sendable, Codable, CaseIterable {
    /// 「不明」「わかりません」「未確認」, "unknown".
    case unknown
    /// 「未実施」「実施していません」, "not done".
    case notDone = "not-done"
    /// 「なし」「特になし」「ありません」, "none".
    case nothing = "none"
}

/// Which answer gave the incident time, when 1-2 did not.
public struct IncidentTimeSource: Sendable, Equatable {
    /// The question id (`when`, `what`, …) or field id (`timeline`) the time was read from.
    public let id: String
    /// The line as the customer wrote it.
    public let line: String

    public init(id: String, line: String) {
        self.id = id
        self.line = line
    }

    /// Whether the time came from the question that asks for it (1-2).
    public var isWhenQuestion: Bool { id == "when" }
}

/// One line of the customer's timeline.
public struct TimelineEntry: Sendable, Equatable {
    public let time: Date
    public let text: String
}
