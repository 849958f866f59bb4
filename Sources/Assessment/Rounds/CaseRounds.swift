/// The rounds of a case after this one: every round (oldest first, this one last) and the round
/// each item's verdict came from.
public struct CaseRounds: Sendable {
    /// Oldest first; the last is this round.
    public let rounds: [CaseRound]
    /// Item number → the round its verdict (and evidence) came from.
    public let itemRounds: [Int: Int]

    public init(rounds: [CaseRound], itemRounds: [Int: Int]) {
        self.rounds = rounds
        self.itemRounds = itemRounds
    }

    /// This round.
    public var current: CaseRound { rounds[rounds.count - 1] }

    /// The round before this one, if this is a follow-up.
    public var previous: CaseRound? { rounds.count > 1 ? rounds[rounds.count - 2] : nil }

    /// Items the previous round asked for that this round's material resolved: what the mail thanks for.
    public var received: [Int] {
        guard let previous else { return [] }
        return current.resolved.filter { previous.open.contains($0) }
    }
}
