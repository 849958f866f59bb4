import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// Verdicts follow what the evidence shows: a file that misses the incident, comes from another
/// computer or contradicts another is not enough for its item.
@Suite struct EvidenceVerdictTests {
    typealias Fixtures = CorrelationFixtures

    static let coveringLogs: [String: [UInt8]] = [
        "Application.evtx": ExampleEvidence.eventLog(channel: "Application"),
        "System.evtx": ExampleEvidence.eventLog(channel: "System"),
    ]

    @Test("item 8 is ok with both logs of the Normal Server reaching the incident")
    func logsOk() throws {
        let files = Self.coveringLogs.merging(["sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo]) { $1 }
        let verdict = try CaseFolder(files).assess().item(8)
        #expect(verdict.status == .ok)
        #expect(!verdict.findings.contains { $0.severity == .problem })
    }

    @Test("item 8 is insufficient when a channel's only log misses the incident")
    func logsMissIncident() throws {
        var files = Self.coveringLogs.merging(["sheet.md": Fixtures.sheet]) { $1 }
        files["System.evtx"] = Fixtures.eventLog("System", at: Fixtures.longAgo)
        let verdict = try CaseFolder(files).assess().item(8)
        #expect(verdict.status == .insufficient)
        let finding = try #require(verdict.findings.first { $0.code == "coverage.misses-incident" })
        #expect(finding.severity == .problem)
        #expect(finding.message.en.contains("System.evtx"))
    }

    @Test("item 8 is insufficient when a log comes from another computer")
    func logsFromOtherComputer() throws {
        var files = Self.coveringLogs.merging(["sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo]) { $1 }
        files["Application.evtx"] = ExampleEvidence.eventLog(channel: "Application", computer: "WS-OFFICE12")
        let verdict = try CaseFolder(files).assess().item(8)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.contains { $0.code == "identity.other-computer" && $0.severity == .problem })
    }

    @Test("item 8 stays ok when another log of the channel reaches the incident; the old one is noted")
    func anotherLogReaches() throws {
        var files = Self.coveringLogs.merging(["sheet.md": Fixtures.sheet]) { $1 }
        files["old/System-2016.evtx"] = Fixtures.eventLog("System", at: Fixtures.longAgo)
        let verdict = try CaseFolder(files).assess().item(8)
        #expect(verdict.status == .ok)
        let finding = try #require(verdict.findings.first { $0.code == "coverage.misses-incident" })
        #expect(finding.severity == .info)
    }

    @Test("item 10 is ok for a capture on the Normal Server at the incident")
    func captureOk() throws {
        let verdict = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "capture.pcapng": ExampleEvidence.capture(.relayDenied),
        ]).assess().item(10)
        #expect(verdict.status == .ok)
    }

    /// Files that make a capture unusable, and the observation that says so.
    struct UnusableCapture: Sendable, CustomTestStringConvertible {
        let reason: String
        let files: [String: [UInt8]]
        let code: String
        var testDescription: String { reason }
    }

    static let unusableCaptures: [UnusableCapture] = [
        UnusableCapture(
            reason: "misses the incident",
            files: [
                "capture.pcap": Fixtures.capture(
                    { SmtpConversation.delivery(client: $0, server: $1) }, at: Fixtures.longAgo)
            ], code: "coverage.misses-incident"
        ),
        UnusableCapture(
            reason: "loopback only",
            files: [
                "capture.pcap": Fixtures.capture(
                    [
                        (
                            SmtpConversation.delivery(
                                client: FixtureEndpoint("127.0.0.1", 50123), server: FixtureEndpoint("127.0.0.1", 25)),
                            FixtureClock.incident
                        )
                    ], link: .null, dnsClient: nil)
            ], code: "capture.loopback-only"
        ),
        UnusableCapture(
            reason: "never shows the Normal Server",
            files: ["capture.pcapng": ExampleEvidence.capture(.delivered, host: "192.0.2.77")],
            code: "capture.normal-server-absent"
        ),
        UnusableCapture(
            reason: "contradicts SPNT.log",
            files: [
                "capture.pcapng": ExampleEvidence.capture(.delivered),
                "SPNT.log": SpntLogWriter.log(outcome: .connectFailed),
            ], code: "contradiction.delivered-vs-failed"
        ),
        UnusableCapture(
            reason: "contradicts event 2001",
            files: [
                "capture.pcapng": ExampleEvidence.capture(.delivered),
                "Application.evtx": ExampleEvidence.eventLog(channel: "Application"),
            ], code: "contradiction.delivered-vs-failed"
        ),
    ]

    @Test("item 10 is insufficient when the capture cannot show the incident", arguments: unusableCaptures)
    func captureUnusable(capture: UnusableCapture) throws {
        let all = capture.files.merging(["sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo]) { $1 }
        let verdict = try CaseFolder(all).assess().item(10)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.contains { $0.code == capture.code && $0.severity == .problem }, "\(verdict.findings)")
    }

    @Test(
        "item 7 is insufficient when telnet failed or used another port",
        arguments: ["failed (English)", "failed (Japanese)", "port 587"])
    func telnetInsufficient(transcript: String) throws {
        let bytes =
            switch transcript {
            case "failed (English)": TelnetTranscriptWriter.bytes(.failedEnglish)
            case "failed (Japanese)": TelnetTranscriptWriter.bytes(.failedJapanese)
            default: Fixtures.telnet(to: "mail.example.co.jp", port: 587)
            }
        // No hearing sheet: the example sheet pastes a successful telnet greeting of its own.
        let verdict = try CaseFolder(["telnet.txt": bytes]).assess(symptom: .notSent).item(7)
        #expect(verdict.status == .insufficient)
        #expect(!verdict.findings.isEmpty)
    }

    @Test("item 7 is ok when one transcript connected; the failed one beside it is history")
    func telnetOneConnected() throws {
        let verdict = try CaseFolder([
            "sheet.md": Fixtures.sheet, "telnet-1.txt": TelnetTranscriptWriter.bytes(.failedJapanese),
            "telnet-2.txt": TelnetTranscriptWriter.bytes(.connected),
        ]).assess().item(7)
        #expect(verdict.status == .ok)
        let failed = try #require(verdict.findings.first { $0.code == "connectivity.failed" })
        #expect(failed.severity == .info)
    }

    @Test("item 9 is insufficient when SPNT.log misses the incident, with the coverage finding")
    func debugLogMisses() throws {
        let old =
            "2026/11/01 09:00:00.000 SpntSvc started\r\n2026/11/01 09:05:00.000 SMTP connect mail.example.co.jp\r\n"
        let verdict = try CaseFolder(["sheet.md": Fixtures.sheet, "SPNT.log": Array(old.utf8)]).assess().item(9)
        #expect(verdict.status == .insufficient)
        let finding = try #require(verdict.findings.first { $0.code == "coverage.misses-incident" })
        #expect(finding.message.en.contains("SPNT.log covers 2026-11-01 09:00:00 – 2026-11-01 09:05:00"))
    }

    @Test(
        "item 4 is insufficient for a blank picture, review for one drawn like the dialog",
        arguments: [
            (ImageWriter.png(width: 640, height: 480), ItemStatus.insufficient),
            (ImageWriter.dialogPNG(width: 200, height: 150), .insufficient), (ImageWriter.dialogPNG(), .review),
        ])
    func picture(bytes: [UInt8], status: ItemStatus) throws {
        let verdict = try CaseFolder(["インターネットメール警告の設定.png": bytes]).assess().item(4)
        #expect(verdict.status == status)
        #expect(verdict.findings.contains { $0.code == "screenshot.blank" } == (status == .insufficient))
    }

    @Test(
        "no item of an example case is ok with a problem under it",
        arguments: ["complete.zip", "incomplete.tar.gz", "contradiction.zip", "7z-case.7z"])
    func noHiddenProblems(name: String) throws {
        let archive: [UInt8]
        do {
            switch name {
            case "complete.zip": archive = try ExampleCases.completeCase()
            case "incomplete.tar.gz": archive = try ExampleCases.incompleteCase()
            case "contradiction.zip": archive = try ExampleCases.contradictionCase()
            default: archive = try ExampleCases.sevenZipCase()
            }
        } catch let missing as ExternalArchiver.Unavailable {
            try Test.cancel(Comment(rawValue: "\(name) not written: \(missing)"))
        }
        let assessment = try CaseFolder([name: archive]).assess(passwords: [ExampleCases.password])
        #expect(assessment.examination.files.count > 3)
        for verdict in assessment.items where verdict.status == .ok {
            #expect(
                !verdict.findings.contains { $0.severity == .problem },
                "item \(verdict.item.number): \(verdict.findings.map(\.code))")
        }
        for observation in assessment.correlation.observations {
            #expect(Observation.codes.contains(observation.code), "\(observation.code) is not in Observation.codes")
        }
    }

    @Test("the contradiction example shows its contradiction; the complete example none")
    func examples() throws {
        let contradiction = try CaseFolder(["case.zip": ExampleCases.contradictionCase()]).assess()
        #expect(contradiction.observations("contradiction.delivered-vs-failed").count == 1)
        #expect(contradiction.item(10).status == .insufficient)
        let complete = try CaseFolder(["case.zip": ExampleCases.completeCase()]).assess(passwords: [
            ExampleCases.password
        ])
        #expect(complete.observations("contradiction.delivered-vs-failed").isEmpty)
        #expect(complete.observationCodes.contains("smtp.rejected"))
        #expect(complete.item(10).status == .ok)
    }
}
