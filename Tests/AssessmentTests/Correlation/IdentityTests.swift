import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// Who the Normal Server and the mail server are, and where each name came from.
@Suite struct IdentityTests {
    typealias Fixtures = CorrelationFixtures

    @Test("the Normal Server from msinfo32: its system name and adapter address", arguments: ["txt", "nfo"])
    func normalServerFromMsInfo(format: String) throws {
        let bytes = format == "txt" ? Fixtures.msinfo : MsInfoWriter.nfo(language: .japanese)
        let server = try CaseFolder(["msinfo32.\(format)": bytes]).assess().correlation.normalServer
        #expect(server.names == ["SPNT-SV01"])
        #expect(server.addresses == ["192.0.2.10"])
        #expect(server.sources.map { $0.hasSuffix("msinfo32.\(format)") } == [true])
    }

    @Test("--server comes first, and is named as the source")
    func normalServerGiven() throws {
        let server = try CaseFolder(["msinfo32.txt": Fixtures.msinfo]).assess(servers: ["spnt-sv01.example.local"])
            .correlation.normalServer
        #expect(server.names == ["spnt-sv01.example.local", "SPNT-SV01"])
        #expect(server.addresses == ["192.0.2.10"])
        #expect(server.sources.first == "--server")
    }

    /// The example's msinfo32 export, of the machine `name` with adapter address `address`.
    static func msinfo(of name: String, address: String) -> [UInt8] {
        let text = String(decoding: MsInfoWriter.textExport(language: .english, encoding: .utf8), as: UTF8.self)
        let other = text.replacingOccurrences(of: "SPNT-SV01", with: name).replacingOccurrences(
            of: "192.0.2.10", with: address)
        return Array(other.utf8)
    }

    @Test("an export of another machine beside the Normal Server's is identity.other-computer, not a second name")
    func secondMsInfo() throws {
        let assessment = try CaseFolder([
            "1/msinfo32.txt": Fixtures.msinfo, "2/msinfo32.txt": Self.msinfo(of: "WS-OFFICE12", address: "192.0.2.77"),
        ]).assess()
        #expect(assessment.correlation.normalServer.names == ["SPNT-SV01"])
        #expect(assessment.correlation.normalServer.addresses == ["192.0.2.10"])
        let observation = try #require(assessment.observations("identity.other-computer").first)
        #expect(observation.evidence.map(\.description).allSatisfy { $0.hasSuffix("2/msinfo32.txt") })
        #expect(observation.message.en.contains("WS-OFFICE12"))
    }

    @Test("an export of another machine than --server names is identity.other-computer")
    func msInfoOtherThanGiven() throws {
        let assessment = try CaseFolder(["msinfo32.txt": Fixtures.msinfo]).assess(servers: ["SPNT-SV02"])
        #expect(assessment.correlation.normalServer.names == ["SPNT-SV02"])
        #expect(assessment.observations("identity.other-computer").map(\.evidenceNames) == [["msinfo32.txt"]])
    }

    @Test("without msinfo32, the computer the event logs were written on")
    func normalServerFromEventLogs() throws {
        let server = try CaseFolder([
            "Application.evtx": ExampleEvidence.eventLog(channel: "Application"),
            "System.evtx": ExampleEvidence.eventLog(channel: "System"),
        ]).assess().correlation.normalServer
        #expect(server.names.map { $0.uppercased() } == ["SPNT-SV01"])
        #expect(server.sources.contains("event logs"))
    }

    @Test("without anything else, the one host that opens SMTP sessions in the capture")
    func normalServerFromCapture() throws {
        let server = try CaseFolder(["capture.pcapng": ExampleEvidence.capture(.delivered)]).assess().correlation
            .normalServer
        #expect(server.addresses == ["192.0.2.10"])
        #expect(server.names.isEmpty)
    }

    @Test("the mail server from the hearing sheet: FQDN, address, computer name and application")
    func mailServerFromSheet() throws {
        let server = try CaseFolder(["sheet.md": Fixtures.sheet]).assess().correlation.mailServer
        #expect(server.names == ["mail.example.co.jp", "mail01"])
        #expect(server.addresses == ["192.0.2.25"])
        #expect(server.application == "Postfix")
    }

    @Test("the mail server from a telnet transcript: the target and the greeting's application")
    func mailServerFromTelnet() throws {
        let server = try CaseFolder(["telnet.txt": TelnetTranscriptWriter.bytes(.connected)]).assess().correlation
            .mailServer
        #expect(server.names == ["mail.example.co.jp"])
        #expect(server.application == "Postfix")
        #expect(server.sources.map { $0.hasSuffix("telnet.txt") } == [true])
    }

    @Test("the mail server from the capture: the Normal Server's SMTP peer and its banner")
    func mailServerFromCapture() throws {
        let server = try CaseFolder([
            "msinfo32.txt": Fixtures.msinfo, "capture.pcapng": ExampleEvidence.capture(.delivered),
        ]).assess().correlation.mailServer
        #expect(server.addresses == ["192.0.2.25"])
        #expect(server.names == ["mail.example.co.jp"])
        #expect(server.application == "Postfix")
    }

    @Test("the mail server's application from its own log when nothing else names it")
    func applicationFromLog() throws {
        let server = try CaseFolder(["maillog": MailServerLogFixtureWriter.postfixMaillog()]).assess().correlation
            .mailServer
        #expect(server.application == "Postfix")
    }

    @Test(
        "names compare as the settings do: DNS names without case, an address never equals a name",
        arguments: [
            ("mail.example.co.jp", "MAIL.example.CO.JP", true), ("192.0.2.25", "mail.example.co.jp", false),
            ("192.0.2.25", "192.0.2.25", true), ("mail", "mail.example.co.jp", false),
        ])
    func sameName(left: String, right: String, same: Bool) {
        #expect(HostName.sameName(left, right) == same)
        #expect(HostName.sameName(right, left) == same)
    }

    @Test("a NetBIOS name and an FQDN that starts with it are the same machine, not the same setting")
    func sameHost() {
        #expect(HostName.sameHost("SPNT-SV01", "spnt-sv01.example.local"))
        #expect(!HostName.sameName("SPNT-SV01", "spnt-sv01.example.local"))
        #expect(!HostName.sameHost("SPNT-SV01", "SPNT-SV02"))
    }

    @Test("「不明」 in the sheet is the customer's answer, never a mail server name or a setting to compare")
    func unknownAnswersAreNoNames() throws {
        var text = String(decoding: Fixtures.sheet, as: UTF8.self)
        text = text.replacingOccurrences(of: "メールサーバの FQDN: mail.example.co.jp", with: "メールサーバの FQDN: 不明")
            .replacingOccurrences(of: "（Postfix、qmail、Exchange 等）: Postfix", with: "（Postfix、qmail、Exchange 等）: 不明")
        let assessment = try CaseFolder([
            "sheet.md": Array(text.utf8), "telnet.txt": TelnetTranscriptWriter.bytes(.connected),
        ]).assess()
        #expect(assessment.hearing?.fields["mail-server-fqdn"] == "不明")
        let mailServer = assessment.correlation.mailServer
        #expect(!mailServer.names.contains("不明"))
        #expect(mailServer.names.contains("mail.example.co.jp"))
        #expect(mailServer.application == "Postfix")
        #expect(assessment.observations("setting.name-mismatch").isEmpty)
    }
}
