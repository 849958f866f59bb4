import Assessment
import Foundation

/// A finding: `severity`, `code`, `message` `{ja, en}`.
struct FindingV2: Encodable {
    struct Message: Encodable {
        let ja: String
        let en: String
    }

    let severity: String
    let code: String
    let message: Message

    init(_ finding: Finding) {
        severity = finding.severity.rawValue
        code = finding.code
        message = Message(ja: finding.message.ja, en: finding.message.en)
    }
}

/// `case.normalServer` / `case.mailServer`: names, addresses and where each came from.
struct ServerV2: Encodable {
    struct Clue: Encodable {
        let value: String
        let source: String
    }

    let names: [String]
    let addresses: [String]
    let application: String?
    let sources: [String]
    let clues: [Clue]

    init(_ identity: ServerIdentity) {
        names = identity.names
        addresses = identity.addresses
        application = identity.application
        sources = identity.sources
        clues = identity.clues.map { Clue(value: $0.value, source: $0.source) }
    }
}

/// `observations[]`: `code`, `severity`, `time` (case zone), `evidence`, `message`.
struct ObservationV2: Encodable {
    let code: String
    let severity: String
    let time: String?
    let evidence: [String]
    let message: FindingV2.Message

    init(_ observation: Observation, zone: TimeZone) {
        code = observation.code
        severity = observation.severity.rawValue
        time = observation.time.map { ISO8601Local.string($0, in: zone) }
        evidence = observation.evidence.map(\.description)
        message = FindingV2.Message(ja: observation.message.ja, en: observation.message.en)
    }
}

/// `timeline[]`: `time`, `kind`, `source`, `severity`, `text`, and `count`/`lastTime` for repeats.
struct TimelineItemV2: Encodable {
    let time: String
    let lastTime: String?
    let kind: String
    let source: String
    let severity: String
    let text: String
    let count: Int

    init(_ item: TimelineItem, zone: TimeZone) {
        time = ISO8601Local.string(item.time, in: zone)
        lastTime = item.count > 1 ? item.lastTime.map { ISO8601Local.string($0, in: zone) } : nil
        kind = item.source.rawValue
        source = item.path
        severity = item.severity.rawValue
        text = item.text
        count = item.count
    }
}
