import Foundation

/// What a filled hearing sheet says.
public struct HearingAnswers: Sendable {
    /// Where the sheet came from: a path in the case or the `--hearing` file.
    public let source: String
    /// The symptom ticked, or `.unknown`.
    public let symptom: Symptom
    /// Answers to item 1's questions by question id; unanswered questions are absent.
    public let answers: [String: String]
    /// Values of the other fields by field id; empty fields are absent.
    public let fields: [String: String]
    /// Times read from the "when" answer and the timeline, in the case time zone.
    public let incidentTimes: [Date]
    /// The timeline, one entry per line that starts with a date and time.
    public let timeline: [TimelineEntry]

    public init(
        source: String, symptom: Symptom, answers: [String: String], fields: [String: String],
        incidentTimes: [Date], timeline: [TimelineEntry]
    ) {
        self.source = source
        self.symptom = symptom
        self.answers = answers
        self.fields = fields
        self.incidentTimes = incidentTimes
        self.timeline = timeline
    }
}

extension HearingAnswers {
    /// How many questions and fields are answered.
    public var answerCount: Int { answers.count + fields.count }
}

/// One line of the customer's timeline.
public struct TimelineEntry: Sendable, Equatable {
    public let time: Date
    public let text: String
}
