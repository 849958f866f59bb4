import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// Which files reach the incident and come from the Normal Server; what ServerProtect's own log
/// and events say about the send; whether they agree with the capture.
@Suite struct LogObservationTests {
    typealias Fixtures = CorrelationFixtures

    @Test("an event log that ends years before the incident is coverage.misses-incident, with its range")
    func missesIncident() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "System.evtx": Fixtures.eventLog("System", at: Fixtures.longAgo),
        ]).assess()
        let observation = try #require(assessment.observations("coverage.misses-incident").first)
        #expect(observation.severity == .problem)
        #expect(observation.time == nil)
        #expect(observation.evidenceNames == ["System.evtx"])
        // 2016-05-10 12:00 UTC ± 10 minutes, in Tokyo time.
        for text in ["System.evtx", "2016-05-10 20:50:00 – 2016-05-10 21:10:00", "2026-11-20 10:05:00"] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
            #expect(observation.message.ja.contains(text))
        }
        let coverage = try #require(assessment.correlation.coverage.first { $0.path.fileName == "System.evtx" })
        #expect(coverage.coversIncident == false)
    }

    @Test("a log that reaches the incident, and any log while no incident time is known, is not observed")
    func covering() throws {
        let covering = try CaseFolder([
            "sheet.md": Fixtures.sheet, "System.evtx": Fixtures.eventLog("System", at: FixtureClock.incident),
        ]).assess()
        #expect(covering.observations("coverage.misses-incident").isEmpty)
        #expect(covering.correlation.coverage.map(\.coversIncident) == [true])
        let unknown = try CaseFolder(["System.evtx": Fixtures.eventLog("System", at: Fixtures.longAgo)]).assess()
        #expect(unknown.observations("coverage.misses-incident").isEmpty)
        #expect(unknown.correlation.coverage.map(\.coversIncident) == [nil])
    }

    @Test("an event log written on another computer than msinfo32's is identity.other-computer")
    func otherComputer() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "Application.evtx": ExampleEvidence.eventLog(channel: "Application", computer: "WS-OFFICE12"),
            "System.evtx": ExampleEvidence.eventLog(channel: "System"),
        ]).assess()
        let observations = assessment.observations("identity.other-computer")
        #expect(observations.map(\.evidenceNames) == [["Application.evtx"]])
        let observation = try #require(observations.first)
        #expect(observation.severity == .problem)
        #expect(observation.time == nil)
        for text in ["Application.evtx", "WS-OFFICE12", "SPNT-SV01 (192.0.2.10)"] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
        }
    }

    @Test("a log of the Normal Server written with its FQDN is not from another computer")
    func fullyQualified() throws {
        let assessment = try CaseFolder([
            "msinfo32.txt": Fixtures.msinfo,
            "System.evtx": ExampleEvidence.eventLog(channel: "System", computer: "spnt-sv01.example.local"),
        ]).assess()
        #expect(assessment.observations("identity.other-computer").isEmpty)
    }

    @Test("a failed connection in SPNT.log is spnt.send-failed, with the line and the count of the others")
    func sendFailed() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "SPNT.log": SpntLogWriter.log(outcome: .connectFailed),
        ]).assess()
        let observation = try #require(assessment.observations("spnt.send-failed").first)
        #expect(observation.severity == .problem)
        #expect(observation.time?.isClose(to: FixtureClock.incident.addingTimeInterval(21), within: 1) == true)
        #expect(observation.evidenceNames == ["SPNT.log"])
        for text in ["SPNT.log", "2026-11-20 10:05:21", "WSAGetLastError=10060", "(1 more such line(s))"] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
        }
    }

    @Test("a sent notification in SPNT.log is no failure")
    func sent() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "SPNT.log": SpntLogWriter.log(outcome: .sent),
        ]).assess()
        #expect(assessment.observations("spnt.send-failed").isEmpty)
    }

    @Test("event 2001 of ServerProtect is spnt.send-failed about the event log")
    func failedEvent() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet,
            "Application.evtx": ExampleEvidence.eventLog(channel: "Application", failure: .rejected),
        ]).assess()
        let observation = try #require(assessment.observations("spnt.send-failed").first)
        #expect(observation.evidenceNames == ["Application.evtx"])
        #expect(observation.time?.isClose(to: FixtureClock.incident.addingTimeInterval(1), within: 0.01) == true)
        #expect(observation.message.en.contains("554 5.7.1 Relay access denied"), "\(observation.message.en)")
    }

    @Test("a capture's delivery within a minute of SPNT.log's failure is contradiction.delivered-vs-failed")
    func contradiction() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "capture.pcap": Fixtures.capture({ SmtpConversation.delivery(client: $0, server: $1) }),
            "SPNT.log": SpntLogWriter.log(outcome: .connectFailed),
        ]).assess()
        let observation = try #require(assessment.observations("contradiction.delivered-vs-failed").first)
        #expect(observation.severity == .problem)
        #expect(observation.time?.isClose(to: FixtureClock.incident.addingTimeInterval(0.013)) == true)
        #expect(observation.evidenceNames == ["capture.pcap", "SPNT.log"])
        for text in [
            "capture.pcap", "SPNT.log", "2026-11-20 10:05:00", "2026-11-20 10:05:21", "250 2.0.0 Ok: queued as 4F2A1",
            "WSAGetLastError=10060",
        ] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
        }
    }

    @Test(
        "a delivery more than a minute from the failure is no contradiction (another attempt)",
        arguments: [-90.0, 90.0])
    func notContradiction(offset: TimeInterval) throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "capture.pcap": Fixtures.capture(
                { SmtpConversation.delivery(client: $0, server: $1) },
                at: FixtureClock.incident.addingTimeInterval(21 + offset)),
            "SPNT.log": SpntLogWriter.log(outcome: .connectFailed),
        ]).assess()
        #expect(assessment.observations("smtp.delivered").count == 1)
        #expect(assessment.observations("contradiction.delivered-vs-failed").isEmpty)
    }

    @Test("the build on the hearing sheet differing from SPNT.log's is version.mismatch")
    func versionMismatch() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet(programVersion: "5.8 Build 1300"),
            "SPNT.log": SpntLogWriter.log(outcome: .sent),
        ]).assess()
        let observation = try #require(assessment.observations("version.mismatch").first)
        #expect(observation.severity == .warning)
        #expect(observation.evidenceNames == ["SPNT.log"])
        for text in ["5.8 Build 1300", "SPNT.log", "1234"] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
        }
        let same = try CaseFolder(["sheet.md": Fixtures.sheet, "SPNT.log": SpntLogWriter.log(outcome: .sent)])
            .assess()
        #expect(same.observations("version.mismatch").isEmpty)
    }
}
