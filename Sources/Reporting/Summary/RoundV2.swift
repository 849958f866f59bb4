import Assessment
import Foundation

/// `rounds[]`: one per `report` run on the case's folder — `number`, `date`, `inputs`
/// (`path`, `bytes`, `sha256`, and `alreadyReceivedIn` for bytes an earlier round brought),
/// `resolved` and `open` (item numbers).
struct RoundV2: Codable {
    struct Input: Codable {
        let path: String
        let bytes: Int64
        let sha256: String?
        let alreadyReceivedIn: Int?
    }

    let number: Int
    let date: String
    let inputs: [Input]
    let resolved: [Int]
    let open: [Int]

    init(_ round: CaseRound, zone: TimeZone) {
        number = round.number
        date = ISO8601Local.string(round.date, in: zone)
        inputs = round.inputs.map {
            Input(path: $0.path, bytes: $0.bytes, sha256: $0.sha256, alreadyReceivedIn: $0.alreadyReceivedIn)
        }
        resolved = round.resolved
        open = round.open
    }

    /// The round again; nil when its date cannot be read.
    var round: CaseRound? {
        ISO8601Local.date(date).map { date in
            CaseRound(
                number: number, date: date,
                inputs: inputs.map {
                    CaseRound.Input(
                        path: $0.path, bytes: $0.bytes, sha256: $0.sha256, alreadyReceivedIn: $0.alreadyReceivedIn)
                }, resolved: resolved, open: open)
        }
    }
}
