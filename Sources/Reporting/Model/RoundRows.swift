import Assessment
import Foundation

/// The rounds of a case as the report shows them near the top, and what the follow-up mail of a
/// later round says about the previous request.
public struct RoundRows: Sendable {
    /// One round: when, what came, what it resolved and what stayed open.
    public struct Row: Sendable {
        public var number: Int
        /// 「第 2 回」 / "Round 2".
        public var title: String
        public var date: String
        public var inputs: [InputNote]
        public var resolved: String
        public var open: String
        /// This run's round.
        public var current: Bool
    }

    /// One input of a round, with the round that already brought the same bytes.
    public struct InputNote: Sendable {
        public var path: CaseText
        public var alreadyReceived: String?
    }

    public var rows: [Row]
    /// Some rounds are known.
    public var any: Bool
    /// More than one round: the report is a follow-up.
    public var isFollowUp: Bool
    /// The items the previous round asked for that this round brought, e.g. `(4)(10)` / `(4) and (10)`.
    public var received: String?
    /// The items still asked for after this round, in the same form.
    public var stillOpen: String?

    /// No rounds (an assessment made without ``RoundMerger``).
    public static let none = RoundRows(rows: [], isFollowUp: false, received: nil, stillOpen: nil)

    init(rows: [Row], isFollowUp: Bool, received: String?, stillOpen: String?) {
        self.rows = rows
        any = !rows.isEmpty
        self.isFollowUp = isFollowUp
        self.received = received
        self.stillOpen = stillOpen
    }

    init(_ rounds: CaseRounds?, requested: [Int], zone: TimeZone, labels: ReportLabels) {
        guard let rounds else {
            self = .none
            return
        }
        let list = { (numbers: [Int]) in Self.itemList(numbers, labels: labels) }
        rows = rounds.rounds.reversed().map { round in
            Row(
                number: round.number,
                title: labels["roundTitle"].replacingOccurrences(of: "{number}", with: String(round.number)),
                date: DisplayFormat.time(round.date, in: zone),
                inputs: round.inputs.map { input in
                    InputNote(
                        path: CaseText(input.path),
                        alreadyReceived: input.alreadyReceivedIn.map {
                            labels["roundAlreadyReceived"].replacingOccurrences(of: "{round}", with: String($0))
                        })
                }, resolved: round.resolved.isEmpty ? labels["roundNothing"] : list(round.resolved),
                open: round.open.isEmpty ? labels["roundNothing"] : list(round.open),
                current: round.number == rounds.current.number)
        }
        any = !rows.isEmpty
        isFollowUp = rounds.previous != nil
        received = isFollowUp && !rounds.received.isEmpty ? list(rounds.received) : nil
        stillOpen = isFollowUp && !requested.isEmpty ? list(requested) : nil
    }

    /// `(4)(10)` in Japanese, `(4), (6) and (10)` in English: the separators are labels.
    static func itemList(_ numbers: [Int], labels: ReportLabels) -> String {
        let items = numbers.map { "(\($0))" }
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: labels["listSeparator"]) + labels["listLastSeparator"]
            + items[items.count - 1]
    }
}
