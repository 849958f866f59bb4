import Foundation

extension HearingAnswers {
    /// These answers with the gaps filled from an earlier round's: what the customer answered
    /// once is not asked again. A new answer (or flag) replaces the earlier one.
    func filling(from earlier: HearingAnswers) -> HearingAnswers {
        let newKeys = Set(answers.keys).union(fields.keys)
        return HearingAnswers(
            source: source, symptom: symptom == .unknown ? earlier.symptom : symptom,
            answers: earlier.answers.merging(answers) { _, new in new },
            fields: earlier.fields.merging(fields) { _, new in new },
            incidentTimes: incidentTimes.isEmpty ? earlier.incidentTimes : incidentTimes,
            timeline: timeline.isEmpty ? earlier.timeline : timeline,
            symptomInferred: symptom == .unknown ? earlier.symptomInferred : symptomInferred,
            flags: earlier.flags.filter { !newKeys.contains($0.key) }.merging(flags) { _, new in new },
            incidentTimeSource: incidentTimes.isEmpty ? earlier.incidentTimeSource : incidentTimeSource)
    }
}

extension TimelineEntry {
    /// A line of the customer's timeline as an earlier round's summary recorded it.
    public init(at time: Date, text: String) {
        self.time = time
        self.text = text
    }
}
