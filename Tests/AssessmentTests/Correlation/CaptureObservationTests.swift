import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// What the captured SMTP sessions show, and whether the capture was taken on the Normal Server.
@Suite struct CaptureObservationTests {
    typealias Fixtures = CorrelationFixtures

    @Test("a delivery after DATA is smtp.delivered, timed by the 250 that accepted the message")
    func delivered() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "capture.pcap": Fixtures.capture({ SmtpConversation.delivery(client: $0, server: $1) }),
        ]).assess()
        let observation = try #require(assessment.observations("smtp.delivered").first)
        #expect(observation.severity == .info)
        // SYN, SYN-ACK, ACK, then 13 turns 1 ms apart: the 250 after the data is packet 13.
        #expect(observation.time?.isClose(to: FixtureClock.incident.addingTimeInterval(0.013)) == true)
        #expect(observation.evidenceNames == ["capture.pcap"])
        for text in ["capture.pcap", "250 2.0.0 Ok: queued as 4F2A1", "192.0.2.10:50123", "192.0.2.25:25"] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
            #expect(observation.message.ja.contains(text), "\(text) in \(observation.message.ja)")
        }
        #expect(observation.message.en.contains("2026-11-20 10:05:00"))
        #expect(!assessment.observationCodes.contains("smtp.rejected"))
    }

    @Test("a relay refusal is smtp.rejected with the code and text of the 554")
    func rejected() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "relay.pcap": Fixtures.capture({ SmtpConversation.relayDenied(client: $0, server: $1) }),
        ]).assess()
        let observation = try #require(assessment.observations("smtp.rejected").first)
        #expect(observation.severity == .problem)
        #expect(observation.time?.isClose(to: FixtureClock.incident.addingTimeInterval(0.009)) == true)
        #expect(observation.evidenceNames == ["relay.pcap"])
        let reply = "554 5.7.1 <admin@example.co.jp>: Relay access denied"
        #expect(observation.message.en.contains(reply), "\(observation.message.en)")
        #expect(observation.message.ja.contains(reply))
        #expect(observation.message.en.contains("relay.pcap"))
        #expect(assessment.observations("smtp.delivered").isEmpty)
    }

    @Test("a 421 after the greeting is smtp.deferred, a warning with the reply")
    func deferred() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "busy.pcap": Fixtures.capture({ SmtpConversation.busy(client: $0, server: $1) }),
        ]).assess()
        let observation = try #require(assessment.observations("smtp.deferred").first)
        #expect(observation.severity == .warning)
        #expect(observation.time?.isClose(to: FixtureClock.incident.addingTimeInterval(0.005)) == true)
        #expect(observation.evidenceNames == ["busy.pcap"])
        #expect(observation.message.en.contains("421 4.3.2 Service not available"), "\(observation.message.en)")
    }

    @Test(
        "a SYN without answer or answered by RST is smtp.no-connection, saying which",
        arguments: [(SmtpConversation.Opening.unanswered, "no answer"), (.refused, "refused with RST")])
    func noConnection(opening: SmtpConversation.Opening, how: String) throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo, "syn.pcap": Fixtures.opening(opening),
        ]).assess()
        let observation = try #require(assessment.observations("smtp.no-connection").first)
        #expect(observation.severity == .problem)
        #expect(observation.time?.isClose(to: FixtureClock.incident) == true)
        #expect(observation.evidenceNames == ["syn.pcap"])
        #expect(observation.message.en.contains("(SYN \(how), syn.pcap)"), "\(observation.message.en)")
        #expect(observation.message.en.contains("192.0.2.10:50123"))
    }

    @Test("sessions far from the incident are not observed as its outcome")
    func outsideWindow() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "old.pcap": Fixtures.capture(
                { SmtpConversation.delivery(client: $0, server: $1) },
                at: FixtureClock.incident.addingTimeInterval(-7200)),
        ]).assess()
        #expect(assessment.observations("smtp.delivered").isEmpty)
        #expect(assessment.observations("coverage.misses-incident").map(\.evidenceNames) == [["old.pcap"]])
    }

    @Test(
        "a capture of loopback traffic only is capture.loopback-only, whatever its link type",
        arguments: [FixtureLink.null, .loop, .ethernet()])
    func loopback(link: FixtureLink) throws {
        let local = SmtpConversation.delivery(
            client: FixtureEndpoint("127.0.0.1", 50123), server: FixtureEndpoint("127.0.0.1", 25))
        let bytes = Fixtures.capture([(local, FixtureClock.incident)], link: link, dnsClient: nil)
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo, "loopback.pcap": bytes,
        ]).assess()
        let observation = try #require(assessment.observations("capture.loopback-only").first)
        #expect(observation.severity == .problem)
        #expect(observation.evidenceNames == ["loopback.pcap"])
        #expect(observation.time?.isClose(to: FixtureClock.incident) == true)
        #expect(observation.message.en.contains("loopback.pcap"))
        #expect(observation.message.en.contains("SPNT-SV01 (192.0.2.10)"), "\(observation.message.en)")
        // Loopback traffic says nothing about where the Normal Server is: one problem, not two.
        #expect(assessment.observations("capture.normal-server-absent").isEmpty)
    }

    @Test("a capture without the Normal Server's address is capture.normal-server-absent, naming whom it shows")
    func normalServerAbsent() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "other.pcapng": ExampleEvidence.capture(.noSmtp, host: "192.0.2.77"),
        ]).assess()
        let observation = try #require(assessment.observations("capture.normal-server-absent").first)
        #expect(observation.severity == .problem)
        #expect(observation.evidenceNames == ["other.pcapng"])
        #expect(observation.message.en.contains("other.pcapng"))
        #expect(observation.message.en.contains("SPNT-SV01 (192.0.2.10)"))
        #expect(observation.message.en.contains("192.0.2.77"), "\(observation.message.en)")
    }

    @Test("a capture on the Normal Server raises neither capture observation")
    func onTheServer() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "capture.pcapng": ExampleEvidence.capture(.delivered),
        ]).assess()
        #expect(assessment.observations("capture.normal-server-absent").isEmpty)
        #expect(assessment.observations("capture.loopback-only").isEmpty)
    }
}
