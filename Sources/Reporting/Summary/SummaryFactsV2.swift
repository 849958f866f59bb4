import Assessment
import Formats
import Foundation

/// `files[].facts` of summary.json v2: one versioned shape per kind, built field by field from
/// the parsers' summaries, so renaming a parser field cannot change the contract. Lists that
/// grow with the input are capped (the caps are in the README).
struct FactsV2: Encodable {
    /// The most SMTP sessions listed per capture (the Normal Server's first); the rest are counted.
    static let maxSessions = 200
    /// The most replies listed per session.
    static let maxReplies = 40

    let kind: Kind
    let coverage: CoverageV2?
    let coversIncident: Bool?

    enum Kind {
        case none, archive(String), text(TextFacts), eventLog(EventLogSummary), capture(CaptureSummary, [String])
        case msinfo(MsInfoSummary), image(ImageInfo), hearingSheet(SheetText), debugLog(SpntLogSummary)
        case mail(MailMessageSummary), telnet(TelnetTranscript), mailServerLog(MailServerLogSummary)
        case workbookPart(WorkbookPart)
    }

    init(_ facts: FileFacts, coverage: FileCoverage?, normalServer: ServerIdentity) {
        switch facts {
        case .none: kind = .none
        case .archive(let format): kind = .archive(format)
        case .text(let text): kind = .text(text)
        case .eventLog(let summary): kind = .eventLog(summary)
        case .capture(let summary): kind = .capture(summary, normalServer.addresses)
        case .systemInformation(let summary): kind = .msinfo(summary)
        case .image(let image): kind = .image(image.info)
        case .hearingSheet(let sheet): kind = .hearingSheet(sheet)
        case .debugLog(let summary): kind = .debugLog(summary)
        case .mail(let summary): kind = .mail(summary)
        case .telnet(let transcript): kind = .telnet(transcript)
        case .mailServerLog(let summary): kind = .mailServerLog(summary)
        case .workbookPart(let part): kind = .workbookPart(part)
        }
        self.coverage = coverage.map { CoverageV2(from: $0.from, to: $0.to) }
        coversIncident = coverage?.coversIncident
    }

    private enum Keys: String, CodingKey { case coverage, coversIncident }

    func encode(to encoder: Encoder) throws {
        switch kind {
        case .none: break
        case .archive(let format): try ArchiveFactsV2(format: format).encode(to: encoder)
        case .text(let text): try TextFactsV2(encoding: text.encoding, lines: text.lines).encode(to: encoder)
        case .eventLog(let summary): try EventLogFactsV2(summary).encode(to: encoder)
        case .capture(let summary, let addresses):
            try CaptureFactsV2(summary, normalServer: addresses).encode(to: encoder)
        case .msinfo(let summary): try MsInfoFactsV2(summary).encode(to: encoder)
        case .image(let info): try ImageFactsV2(info).encode(to: encoder)
        case .hearingSheet(let sheet):
            try SheetFactsV2(characters: sheet.text.count, truncated: sheet.truncated).encode(to: encoder)
        case .debugLog(let summary): try DebugLogFactsV2(summary).encode(to: encoder)
        case .mail(let summary): try MailFactsV2(summary).encode(to: encoder)
        case .telnet(let transcript): try TelnetFactsV2(transcript).encode(to: encoder)
        case .mailServerLog(let summary): try MailServerLogFactsV2(summary).encode(to: encoder)
        case .workbookPart(let part): try WorkbookPartFactsV2(part).encode(to: encoder)
        }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(coverage, forKey: .coverage)
        try container.encodeIfPresent(coversIncident, forKey: .coversIncident)
    }
}

struct CoverageV2: Encodable {
    let from: Date
    let to: Date
}

struct ArchiveFactsV2: Encodable { let format: String }

struct TextFactsV2: Encodable {
    let encoding: String
    let lines: Int
}

struct SheetFactsV2: Encodable {
    let characters: Int
    let truncated: Bool
}

struct DamageV2: Encodable {
    let code: String
    let count: Int
    let detail: String

    init(_ damage: Damage) {
        code = damage.code
        count = damage.count
        detail = damage.detail
    }
}

/// DESIGN.md: `channel`, `records`, `firstEvent`, `lastEvent` (ISO 8601 UTC), `computer`.
struct EventLogFactsV2: Encodable {
    let format: String
    let channel: String?
    let records: Int
    let firstEvent: Date?
    let lastEvent: Date?
    let computer: String?
    let computers: [String]
    let providers: [String: Int]
    let recoveredRecords: Int
    let dirty: Bool
    let full: Bool
    let headerChunkCount: Int
    let chunksFound: Int
    let damage: [DamageV2]

    init(_ summary: EventLogSummary) {
        format = summary.format
        channel = summary.channel
        records = summary.records
        firstEvent = summary.firstEvent
        lastEvent = summary.lastEvent
        computer = summary.mainComputer ?? summary.computers.first
        computers = summary.computers
        providers = summary.providers
        recoveredRecords = summary.recoveredRecords
        dirty = summary.dirty
        full = summary.full
        headerChunkCount = summary.headerChunkCount
        chunksFound = summary.chunksFound
        damage = summary.damage.map(DamageV2.init)
    }
}

/// DESIGN.md: `packets`, `firstPacket`, `lastPacket` (the earliest and latest packet times),
/// `smtpSessions` (`client`, `server`, `start`, `replyCodes`, `outcome`, …).
struct CaptureFactsV2: Encodable {
    struct Host: Encodable {
        let address: String
        let packets: Int
    }

    struct Reply: Encodable {
        let code: Int
        let text: String
        let time: Date?
    }

    struct Session: Encodable {
        let client: String
        let server: String
        let start: Date
        let replyCodes: [Int]
        let replies: [Reply]
        let commands: [String]
        let banner: String?
        let heloName: String?
        let mailFrom: String?
        let rcptTo: [String]
        let outcome: String
        let bytesMissing: Int
        let handshakeSeen: Bool
    }

    let format: String
    let linkTypes: [Int]
    let packets: Int
    let firstPacket: Date?
    let lastPacket: Date?
    let hosts: [Host]
    let hostsOmitted: Int
    let tcpPort25Packets: Int
    let tcpSubmissionPackets: Int
    let otherPackets: Int
    let smtpSessions: [Session]
    /// Sessions read but not listed: beyond the parser's bound and beyond `FactsV2.maxSessions`.
    let smtpSessionsOmitted: Int
    let outcomeCounts: [String: Int]
    let damage: [DamageV2]

    init(_ summary: CaptureSummary, normalServer addresses: [String]) {
        format = summary.format
        linkTypes = summary.linkTypes
        packets = summary.packets
        firstPacket = summary.firstPacket
        lastPacket = summary.lastPacket
        hosts = summary.hosts.map { Host(address: $0.address, packets: $0.packets) }
        hostsOmitted = summary.hostsOmitted
        tcpPort25Packets = summary.tcpPort25Packets
        tcpSubmissionPackets = summary.tcpSubmissionPackets
        otherPackets = summary.otherPackets
        // The Normal Server's sessions first, then the others, each in time order.
        let fromServer = { (session: SmtpSession) in addresses.contains(Endpoint.address(of: session.client)) }
        let ordered = summary.smtpSessions.filter(fromServer) + summary.smtpSessions.filter { !fromServer($0) }
        smtpSessions = ordered.prefix(FactsV2.maxSessions).map { session in
            Session(
                client: session.client, server: session.server, start: session.start,
                replyCodes: Array(session.replyCodes.prefix(FactsV2.maxReplies)),
                replies: session.replies.prefix(FactsV2.maxReplies).map {
                    Reply(code: $0.code, text: $0.text, time: $0.time)
                }, commands: Array(session.commands.prefix(FactsV2.maxReplies)), banner: session.banner,
                heloName: session.heloName, mailFrom: session.mailFrom, rcptTo: Array(session.rcptTo.prefix(10)),
                outcome: session.outcome.rawValue, bytesMissing: session.bytesMissing,
                handshakeSeen: session.handshakeSeen)
        }
        smtpSessionsOmitted = summary.smtpSessionsOmitted + max(0, summary.smtpSessions.count - FactsV2.maxSessions)
        outcomeCounts = summary.outcomeCounts
        damage = summary.damage.map(DamageV2.init)
    }
}

/// DESIGN.md: `osName`, `osVersion`, `systemName`, `timeZone`.
struct MsInfoFactsV2: Encodable {
    let format: String
    let osName: String?
    let osVersion: String?
    let osBuild: String?
    let systemName: String?
    let ipAddresses: [String]
    let timeZone: String?
    let locale: String?
    let systemManufacturer: String?
    let systemModel: String?
    let reportTime: String?
    let language: String
    let sections: Int
    let complete: Bool
    let lines: Int
    let encoding: String?

    init(_ summary: MsInfoSummary) {
        format = summary.format
        osName = summary.osName
        osVersion = summary.osVersion
        osBuild = summary.osBuild
        systemName = summary.systemName
        ipAddresses = summary.ipAddresses
        timeZone = summary.timeZone
        locale = summary.locale
        systemManufacturer = summary.systemManufacturer
        systemModel = summary.systemModel
        reportTime = summary.reportTime
        language = summary.language
        sections = summary.sections
        complete = summary.complete
        lines = summary.lines
        encoding = summary.encoding?.rawValue
    }
}

struct ImageFactsV2: Encodable {
    let format: String?
    let width: Int?
    let height: Int?

    init(_ info: ImageInfo) {
        format = info.format?.rawValue
        width = info.width
        height = info.height
    }
}

/// A part of an Excel workbook, counted: its text goes to the hearing sheet, not to summary.json.
struct WorkbookPartFactsV2: Encodable {
    let part: String
    let count: Int
    let truncated: Bool

    init(_ part: WorkbookPart) {
        switch part.content {
        case .sharedStrings(let strings): (self.part, count) = ("shared-strings", strings.count)
        case .worksheet(let cells): (self.part, count) = ("worksheet", cells.count)
        case .styles(let dates, let times): (self.part, count) = ("styles", dates.count + times.count)
        case .workbook: (self.part, count) = ("workbook", 0)
        }
        truncated = part.truncated
    }
}
