import Foundation

/// What the earlier rounds of a case left in its output folder (`summary.json`): enough to carry
/// them forward without the material itself — the rounds, each item's verdict, the case facts
/// the checks and the mail need, and what was received.
public struct CaseHistory: Sendable {
    /// A file received in an earlier round.
    public struct File: Sendable, Equatable {
        public let path: String
        public let sha256: String?
        public let round: Int

        public init(path: String, sha256: String?, round: Int) {
            self.path = path
            self.sha256 = sha256
            self.round = round
        }
    }

    public let caseID: String
    public let checklistID: String
    /// Oldest first; never empty for a history read from a summary.
    public let rounds: [CaseRound]
    public let items: [EarlierItem]
    public let symptom: Symptom
    public let incidentTimes: [Date]
    /// The hearing answers known so far (the sheet of an earlier round).
    public let hearing: HearingAnswers?
    /// The Normal Server's names and addresses as the earlier rounds established them.
    public let normalServer: [String]
    /// The mail server's names and addresses as the earlier rounds established them.
    public let mailServer: [String]
    public let files: [File]
    /// What the earlier evidence showed.
    public let observations: [Observation]
    /// The customer's zone the earlier rounds read times in (`--tz`), by the name it was given.
    public let timeZoneName: String?
    public var timeZone: TimeZone? { timeZoneName.flatMap { TimeZone(identifier: $0) } }

    public init(
        caseID: String, checklistID: String, rounds: [CaseRound], items: [EarlierItem], symptom: Symptom = .unknown,
        incidentTimes: [Date] = [], hearing: HearingAnswers? = nil, normalServer: [String] = [],
        mailServer: [String] = [], files: [File] = [],
        observations: [Observation] = [], timeZoneName: String? = nil
    ) {
        self.timeZoneName = timeZoneName
        self.caseID = caseID
        self.checklistID = checklistID
        self.rounds = rounds
        self.items = items
        self.symptom = symptom
        self.incidentTimes = incidentTimes
        self.hearing = hearing
        self.normalServer = normalServer
        self.mailServer = mailServer
        self.files = files
        self.observations = observations
    }

    /// The number the next round gets.
    public var nextRound: Int { (rounds.map(\.number).max() ?? 0) + 1 }

    /// The earlier round that brought these bytes, if one did.
    public func round(receiving sha256: String?) -> Int? {
        guard let sha256 else { return nil }
        let inputs = rounds.first { $0.inputs.contains { $0.sha256 == sha256 } }?.number
        return inputs ?? files.first { $0.sha256 == sha256 }?.round
    }
}
