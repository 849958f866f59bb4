import CaseFixtures
import Foundation

@testable import Assessment

/// Files the correlation tests put together into cases, all from the project's fixture writers.
enum CorrelationFixtures {
    static let normalServer = FixtureEndpoint(ExampleEvidence.serverAddress, 50123)
    static let mailServer = FixtureEndpoint(ExampleEvidence.mailServerAddress, 25)

    /// The hearing sheet of the examples: incident 2026-11-20 10:05 (Tokyo), mail server
    /// `mail.example.co.jp` / 192.0.2.25, Postfix, program version `5.8 Build 1234`.
    static let sheet = ExampleEvidence.hearingSheet()

    /// The msinfo32 text export of `SPNT-SV01` (adapter address 192.0.2.10).
    static let msinfo = MsInfoWriter.textExport(language: .english)

    /// A capture of `conversations` (each with its start time), after a DNS lookup of
    /// `dnsClient` (when given) so the capture is not SMTP only.
    static func capture(
        _ conversations: [(SmtpConversation, Date)], link: FixtureLink = .ethernet(),
        dnsClient: String? = ExampleEvidence.serverAddress
    ) -> [UInt8] {
        let writer = PcapWriter(format: .pcap(), link: link)
        let first = conversations.map(\.1).min() ?? FixtureClock.incident
        if let dnsClient {
            for packet in BackgroundTraffic.dnsLookup(
                client: FixtureEndpoint(dnsClient, 53001), resolver: "192.0.2.53", id: 3)
            {
                writer.write(ip: packet, at: first.addingTimeInterval(-1))
            }
        }
        for (conversation, start) in conversations {
            for packet in conversation.packets(start: start) { writer.write(ip: packet.ip, at: packet.time) }
        }
        return writer.finish()
    }

    /// One conversation of the Normal Server with the mail server, starting at `start`.
    static func capture(
        _ make: (FixtureEndpoint, FixtureEndpoint) -> SmtpConversation, at start: Date = FixtureClock.incident
    ) -> [UInt8] {
        capture([(make(normalServer, mailServer), start)])
    }

    /// A SYN of the Normal Server answered as `opening` says (`.unanswered` or `.refused`).
    static func opening(_ opening: SmtpConversation.Opening, at start: Date = FixtureClock.incident) -> [UInt8] {
        var conversation = SmtpConversation.delivery(client: normalServer, server: mailServer)
        conversation.opening = opening
        return capture([(conversation, start)])
    }

    /// An event log of `channel` on `computer` with two events, around `time`.
    static func eventLog(_ channel: String, computer: String = ExampleEvidence.serverName, at time: Date) -> [UInt8] {
        EvtxWriter.file([
            EvtxEvent(
                channel: channel, computer: computer, provider: "Service Control Manager", eventID: 7036, level: 4,
                time: time.addingTimeInterval(-600), data: ["Windows Update", "running"]),
            EvtxEvent(
                channel: channel, computer: computer, provider: "Service Control Manager", eventID: 7036, level: 4,
                time: time.addingTimeInterval(600), data: ["Windows Update", "stopped"]),
        ])
    }

    /// 2016-05-10 12:00 UTC: long before the incident.
    static let longAgo = Date(timeIntervalSince1970: 1_462_881_600)

    /// A telnet transcript of `telnet HOST PORT` on Windows that got the greeting.
    static func telnet(to host: String, port: Int = 25) -> [UInt8] {
        let text =
            "C:\\Users\\Administrator>telnet \(host) \(port)\r\n220 mail.example.co.jp ESMTP Postfix\r\n"
            + "HELO SPNT-SV01\r\n250 mail.example.co.jp\r\nQUIT\r\n221 2.0.0 Bye\r\n"
        return Array(text.utf8)
    }

    /// The example hearing sheet with its program version replaced.
    static func sheet(programVersion: String) -> [UInt8] {
        let text = String(decoding: sheet, as: UTF8.self)
        return Array(text.replacingOccurrences(of: "5.8 Build 1234", with: programVersion).utf8)
    }
}

extension CaseAssessment {
    /// The observations of `code`.
    func observations(_ code: String) -> [Observation] {
        correlation.observations.filter { $0.code == code }
    }

    /// The codes of every observation, sorted.
    var observationCodes: [String] { correlation.observations.map(\.code).sorted() }
}

extension Observation {
    /// The file names of the evidence.
    var evidenceNames: [String] { evidence.map(\.fileName) }
}

extension Date {
    /// Whether two capture times are the same to the microsecond the pcap format keeps.
    func isClose(to other: Date?, within tolerance: TimeInterval = 0.000_5) -> Bool {
        guard let other else { return false }
        return abs(timeIntervalSince(other)) <= tolerance
    }
}
