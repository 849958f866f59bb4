import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// Items 7 and 10 from transcripts and captures.
@Suite struct NetworkVerdictTests {
    static func capture(smtp: Bool, background: Bool, at time: Date = FixtureClock.incident) -> [UInt8] {
        let writer = PcapWriter(format: .pcap())
        let client = FixtureEndpoint("192.0.2.10", 50123)
        if background {
            for packet in BackgroundTraffic.dnsLookup(
                client: FixtureEndpoint("192.0.2.10", 53001), resolver: "192.0.2.53", id: 1)
            {
                writer.write(ip: packet, at: time)
            }
        }
        if smtp {
            let conversation = SmtpConversation.delivery(client: client, server: FixtureEndpoint("192.0.2.25", 25))
            for packet in conversation.packets(start: time) { writer.write(ip: packet.ip, at: packet.time) }
        }
        return writer.finish()
    }

    @Test("a capture with SMTP and other traffic is ok")
    func goodCapture() throws {
        let verdict = try CaseFolder(["capture.pcap": Self.capture(smtp: true, background: true)]).assess().item(10)
        #expect(verdict.status == .ok)
        #expect(verdict.findings.isEmpty)
    }

    @Test("a capture without TCP 25 is insufficient")
    func noSMTP() throws {
        let verdict = try CaseFolder(["capture.pcap": Self.capture(smtp: false, background: true)]).assess().item(10)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code) == ["capture.no-smtp"])
    }

    @Test("a capture with SMTP only stays ok with a warning (other traffic was masked)")
    func smtpOnly() throws {
        let verdict = try CaseFolder(["capture.pcap": Self.capture(smtp: true, background: false)]).assess().item(10)
        #expect(verdict.status == .ok)
        #expect(verdict.findings.map(\.code) == ["capture.smtp-only"])
    }

    @Test("Network Monitor and ETL traces are insufficient and ask for a conversion")
    func needsConversion() throws {
        let netmon = Array("GMBU".utf8) + [0, 2] + [UInt8](repeating: 0, count: 122)
        let verdict = try CaseFolder(["trace.cap": netmon]).assess().item(10)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code) == ["capture.needs-conversion"])
    }

    @Test(
        "a transcript of a successful telnet is ok; a failed one is insufficient with a finding about the firewall",
        arguments: [
            (TelnetTranscriptWriter.Session.connected, "connectivity.connected", ItemStatus.ok),
            (.failedJapanese, "connectivity.failed", .insufficient),
            (.failedEnglish, "connectivity.failed", .insufficient),
        ])
    func telnet(session: TelnetTranscriptWriter.Session, code: String, status: ItemStatus) throws {
        let verdict = try CaseFolder(["telnet.txt": TelnetTranscriptWriter.bytes(session)]).assess(symptom: .notSent)
            .item(7)
        #expect(verdict.status == status)
        #expect(verdict.findings.map(\.code).contains(code))
    }

    @Test("telnet to a port other than 25 is insufficient: ServerProtect notifies only over TCP 25")
    func otherPort() throws {
        let text = "C:\\>telnet mail.example.co.jp 587\n220 mail.example.co.jp ESMTP Postfix\nquit\n"
        let verdict = try CaseFolder(["telnet.txt": Array(text.utf8)]).assess(symptom: .notSent).item(7)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code) == ["connectivity.port-not-25"])
    }

    @Test("item 7 does not apply to garbled mail, and is asked 'if applicable' when the symptom is unknown")
    func applicability() throws {
        #expect(
            try CaseFolder(["memo.txt": Array("x".utf8)]).assess(symptom: .garbled).item(7).status == .notApplicable)
        let unknown = try CaseFolder(["memo.txt": Array("x".utf8)]).assess().item(7)
        #expect(unknown.status == .missing)
        #expect(unknown.conditional)
    }
}

/// Item 9 and the incident time.
@Suite struct DebugLogVerdictTests {
    static let sheet = ExampleEvidence.hearingSheet()

    @Test("SPNT.log covering the incident is ok")
    func covering() throws {
        let assessment = try CaseFolder(["sheet.md": Self.sheet, "SPNT.log": SpntLogWriter.log(outcome: .sent)])
            .assess()
        #expect(assessment.incidentTimes.count == 1)
        #expect(assessment.item(9).status == .ok)
    }

    @Test("SPNT.log that ends before the incident is insufficient")
    func endsBefore() throws {
        let old = "2026/11/01 09:00:00.000 SpntSvc started\n2026/11/01 09:05:00.000 SMTP connect mail.example.co.jp\n"
        let assessment = try CaseFolder(["sheet.md": Self.sheet, "SPNT.log": Array(old.utf8)]).assess()
        #expect(assessment.item(9).status == .insufficient)
        #expect(assessment.item(9).findings.map(\.code) == ["coverage.misses-incident"])
    }
}
