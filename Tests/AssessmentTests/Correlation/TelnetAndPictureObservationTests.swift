import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// Telnet checked against what ServerProtect saw and the name in its settings.
@Suite struct TelnetObservationTests {
    typealias Fixtures = CorrelationFixtures

    @Test("telnet connected while SPNT.log timed out at the incident is telnet.other-host-suspected")
    func otherHostByLog() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "telnet.txt": TelnetTranscriptWriter.bytes(.connected),
            "SPNT.log": SpntLogWriter.log(outcome: .connectFailed),
        ]).assess()
        let observation = try #require(assessment.observations("telnet.other-host-suspected").first)
        #expect(observation.severity == .warning)
        #expect(observation.evidenceNames == ["telnet.txt", "SPNT.log"])
        #expect(observation.time?.isClose(to: FixtureClock.incident.addingTimeInterval(21), within: 1) == true)
        for text in ["telnet.txt", "mail.example.co.jp", "SPNT.log", "2026-11-20 10:05:21", "WSAGetLastError=10060"] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
        }
    }

    @Test("telnet connected while the capture shows the Normal Server's SYN unanswered is suspected too")
    func otherHostByCapture() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "telnet.txt": TelnetTranscriptWriter.bytes(.connected), "syn.pcap": Fixtures.opening(.unanswered),
        ]).assess()
        let observation = try #require(assessment.observations("telnet.other-host-suspected").first)
        #expect(observation.evidenceNames == ["telnet.txt", "syn.pcap"])
        #expect(observation.time?.isClose(to: FixtureClock.incident) == true)
        #expect(observation.message.en.contains("192.0.2.10:50123 → 192.0.2.25:25 SYN"), "\(observation.message.en)")
    }

    @Test("telnet connected while ServerProtect also delivered raises no suspicion")
    func agreeing() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "telnet.txt": TelnetTranscriptWriter.bytes(.connected),
            "SPNT.log": SpntLogWriter.log(outcome: .sent),
        ]).assess()
        #expect(assessment.observations("telnet.other-host-suspected").isEmpty)
    }

    @Test("telnet to an address while ServerProtect's log names a host is setting.name-mismatch")
    func addressForName() throws {
        let assessment = try CaseFolder([
            "telnet.txt": Fixtures.telnet(to: "192.0.2.25"), "SPNT.log": SpntLogWriter.log(outcome: .sent),
        ]).assess()
        let observation = try #require(assessment.observations("setting.name-mismatch").first)
        #expect(observation.severity == .warning)
        #expect(observation.time == nil)
        #expect(observation.evidenceNames == ["telnet.txt", "SPNT.log"])
        for text in ["telnet.txt", "192.0.2.25", "mail.example.co.jp", "SPNT.log"] {
            #expect(observation.message.en.contains(text), "\(text) in \(observation.message.en)")
            #expect(observation.message.ja.contains(text))
        }
    }

    @Test(
        "the same DNS name in another case is the same setting",
        arguments: ["MAIL.EXAMPLE.CO.JP", "Mail.Example.co.jp", "mail.example.co.jp"])
    func caseInsensitive(host: String) throws {
        let assessment = try CaseFolder([
            "telnet.txt": Fixtures.telnet(to: host), "SPNT.log": SpntLogWriter.log(outcome: .sent),
        ]).assess()
        #expect(assessment.observations("setting.name-mismatch").isEmpty)
    }

    @Test("without ServerProtect's log, telnet is held against the hearing sheet's mail server")
    func againstSheet() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "telnet.txt": Fixtures.telnet(to: "relay.example.co.jp"),
        ]).assess()
        let observation = try #require(assessment.observations("setting.name-mismatch").first)
        #expect(observation.evidenceNames == ["telnet.txt"])
        #expect(observation.message.en.contains("relay.example.co.jp"))
        #expect(observation.message.en.contains("mail.example.co.jp / 192.0.2.25"), "\(observation.message.en)")
        #expect(observation.message.en.contains("sheet.md"))
    }
}

/// Pictures that cannot show the Internet mail alert settings.
@Suite struct ScreenshotObservationTests {
    @Test(
        "a one-colour picture is screenshot.blank, whatever its size and format",
        arguments: [
            ("blank.png", ImageWriter.png(width: 640, height: 480)),
            ("blank.bmp", ImageWriter.bmp(width: 640, height: 480)),
            ("black.png", ImageWriter.png(width: 200, height: 150, colour: .init(red: 0, green: 0, blue: 0))),
        ])
    func uniform(name: String, bytes: [UInt8]) throws {
        let assessment = try CaseFolder([name: bytes]).assess()
        let observation = try #require(assessment.observations("screenshot.blank").first)
        #expect(observation.severity == .problem)
        #expect(observation.evidenceNames == [name])
        #expect(observation.message.en.contains(name))
        #expect(observation.message.en.contains("one colour"), "\(observation.message.en)")
    }

    @Test("a 200 × 150 picture with content is screenshot.blank: too small to show the dialog")
    func small() throws {
        let assessment = try CaseFolder(["settings.png": ImageWriter.dialogPNG(width: 200, height: 150)]).assess()
        let observation = try #require(assessment.observations("screenshot.blank").first)
        #expect(observation.message.en.contains("settings.png is only 200 × 150 pixels"), "\(observation.message.en)")
    }

    @Test("a picture drawn like the dialog is not blank")
    func dialog() throws {
        let assessment = try CaseFolder(["settings.png": ImageWriter.dialogPNG()]).assess()
        #expect(assessment.observations("screenshot.blank").isEmpty)
        let facts = try #require(assessment.examination.files.first?.facts.image)
        #expect(facts.isUniform == false)
    }
}
