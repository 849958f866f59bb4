import Formats
import Foundation
import Testing

/// Telnet transcripts: the shared samples' greetings (MANIFEST.md `banner_lines_220`) and the
/// Windows failure texts in English and Japanese.
struct TelnetTranscriptTests {
    @Test(
        "each sample's first greeting is MANIFEST's banner line",
        .enabled(if: MailTestSupport.samplesAvailable, "shared samples absent"),
        arguments: [
            (
                "EXCERPT-exchange-test-smtp-with-telnet.md",
                "220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Fri, 5 Aug 2016 16:24:41 -0700",
                "Microsoft Exchange", "mail1.fabrikam.com"
            ),
            ("notqmail-TEST.receive.md", "220 domain ESMTP", nil, "domain"),
            ("postfix-ETRN_README", "220 my.server.tld ESMTP Postfix", "Postfix", "my.server.tld"),
        ] as [(String, String, String?, String)])
    func sampleBanners(file: String, banner: String, application: String?, name: String) throws {
        let bytes = try MailTestSupport.sample("telnet/" + file)
        let transcript = MailTestSupport.parse(TelnetTranscriptReader(), bytes)
        #expect(transcript.banner == banner)
        #expect(transcript.server?.application == application)
        #expect(transcript.server?.name == name)
        #expect(transcript.outcome == .connected)
        #expect(MailTestSupport.parse(TelnetTranscriptReader(), bytes, blockSize: 7) == transcript)
    }

    @Test(
        "the Exchange session was opened on port 25 and its replies follow the greeting",
        .enabled(if: MailTestSupport.samplesAvailable, "shared samples absent"))
    func exchangeSession() throws {
        let transcript = MailTestSupport.parse(
            TelnetTranscriptReader(), try MailTestSupport.sample("telnet/EXCERPT-exchange-test-smtp-with-telnet.md"))
        #expect(transcript.host == "mail1.fabrikam.com")
        #expect(transcript.port25)
        #expect(!transcript.portNot25)
        #expect(transcript.replies.first?.code == 250)
        #expect(transcript.replies.contains { $0.text == "221 2.0.0 Service closing transmission channel" })
    }

    @Test(
        "the qmail test connects to 127.0.0.1 port 25",
        .enabled(if: MailTestSupport.samplesAvailable, "shared samples absent"))
    func qmailSession() throws {
        let transcript = MailTestSupport.parse(
            TelnetTranscriptReader(),
            try MailTestSupport.sample("telnet/notqmail-TEST.receive.md"))
        #expect(transcript.host == "127.0.0.1")
        #expect(transcript.port == 25)
        #expect(transcript.replies.map(\.code) == [250, 250, 250, 354, 250, 221])
    }

    @Test(
        "Windows failure texts in English and Japanese are failures",
        arguments: [
            (
                "C:\\>telnet mail.example.co.jp 25\r\nConnecting To mail.example.co.jp..."
                    + "Could not open connection to the host, "
                    + "on port 25: Connect failed\r\n", "mail.example.co.jp", 25
            ),
            (
                "C:\\Users\\admin>telnet 192.0.2.25 587\r\n接続中: 192.0.2.25...ホストへの接続を開けませんでした。 ポート 587: "
                    + "接続に失敗しました\r\n", "192.0.2.25", 587
            ),
        ])
    func failures(text: String, host: String, port: Int) {
        let transcript = TelnetTranscriptReader.parse(text: text)
        #expect(transcript.outcome == .failed)
        #expect(transcript.host == host)
        #expect(transcript.port == port)
        #expect(transcript.port25 == (port == 25))
        #expect(transcript.portNot25 == (port != 25))
        #expect(transcript.banner == nil)
    }

    @Test("a pasted answer with commands gives their reply codes")
    func pastedAnswer() {
        let text = """
            $ telnet smtp.example.jp 25
            220 smtp.example.jp ESMTP Sendmail 8.14.9/8.12.11; Fri, 20 Nov 2026 10:05:00 +0900
            HELO sp-server
            250 smtp.example.jp Hello
            MAIL FROM:<spnt@example.jp>
            550 5.7.1 Relaying denied
            """
        let transcript = TelnetTranscriptReader.parse(text: text)
        let sendmail = MailServerIdentity(name: "smtp.example.jp", application: "Sendmail", version: "8.14.9")
        #expect(transcript.server == sendmail)
        #expect(transcript.replies.map(\.code) == [250, 550])
        #expect(transcript.hasFailureReply)
    }

    @Test("garbage and a 10 MB line never crash and keep nothing unbounded")
    func hostile() {
        var bytes = [UInt8](repeating: 0x41, count: 10_000_000)
        bytes.append(contentsOf: Array("\n220 x ESMTP Postfix\n".utf8))
        let transcript = MailTestSupport.parse(TelnetTranscriptReader(), bytes, blockSize: 1 << 20)
        #expect(transcript.banner == "220 x ESMTP Postfix")
        var seed: UInt64 = 42
        let garbage = (0..<200_000).map { _ -> UInt8 in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
        let fromGarbage = MailTestSupport.parse(TelnetTranscriptReader(), garbage, blockSize: 7)
        #expect(fromGarbage.banner == nil && fromGarbage.host == nil)
        #expect(fromGarbage.outcome == .unknown)
    }
}
