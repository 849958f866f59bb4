import Assessment
import Foundation

/// `case.hearing`: the hearing answers as read, so that a later round knows them without the
/// sheet (questions and fields by id, 「不明」「未実施」「なし」 as `flags`, the incident times and
/// the customer's timeline in the case's zone).
struct HearingV2: Codable {
    struct TimeSource: Codable {
        let question: String
        let line: String
    }

    struct Line: Codable {
        let time: String
        let text: String
    }

    let source: String
    let symptom: String
    let symptomInferred: Bool
    let answers: [String: String]
    let fields: [String: String]
    let flags: [String: String]
    let incidentTimes: [String]
    let incidentTimeSource: TimeSource?
    let timeline: [Line]

    init(_ hearing: HearingAnswers, zone: TimeZone) {
        source = hearing.source
        symptom = hearing.symptom.rawValue
        symptomInferred = hearing.symptomInferred
        answers = hearing.answers
        fields = hearing.fields
        flags = hearing.flags.mapValues(\.rawValue)
        incidentTimes = hearing.incidentTimes.map { ISO8601Local.string($0, in: zone) }
        incidentTimeSource = hearing.incidentTimeSource.map { TimeSource(question: $0.id, line: $0.line) }
        timeline = hearing.timeline.map { Line(time: ISO8601Local.string($0.time, in: zone), text: $0.text) }
    }

    /// The answers again; times that cannot be read are left out.
    var answersRead: HearingAnswers {
        HearingAnswers(
            source: source, symptom: Symptom(rawValue: symptom) ?? .unknown, answers: answers, fields: fields,
            incidentTimes: incidentTimes.compactMap(ISO8601Local.date),
            timeline: timeline.compactMap { line in
                ISO8601Local.date(line.time).map { TimelineEntry(at: $0, text: line.text) }
            },
            symptomInferred: symptomInferred, flags: flags.compactMapValues(AnswerFlag.init(rawValue:)),
            incidentTimeSource: incidentTimeSource.map { IncidentTimeSource(id: $0.question, line: $0.line) })
    }
}
