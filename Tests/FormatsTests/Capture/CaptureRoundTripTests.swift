import CaseFixtures
import Formats
import Foundation
import Testing

/// Captures written by `PcapWriter` read back into the sessions they were scripted as.
@Suite struct CaptureRoundTripTests {
    static let client = FixtureEndpoint("192.0.2.10", 49152)
    static let server = FixtureEndpoint("192.0.2.25", 25)
    static let deliveredCodes = [220, 250, 250, 250, 354, 250, 221]

    static func read(
        _ conversations: [SmtpConversation], format: FixtureCaptureFormat = .pcap(), link: FixtureLink = .ethernet(),
        blockSize: Int = 4096
    ) -> CaptureSummary {
        let writer = PcapWriter(format: format, link: link)
        for conversation in conversations {
            for packet in conversation.packets(start: FixtureClock.incident) {
                writer.write(ip: packet.ip, at: packet.time)
            }
        }
        let bytes = writer.finish()
        var reader = CaptureReader()
        var start = 0
        while start < bytes.count {
            let end = min(start + blockSize, bytes.count)
            reader.consume(Array(bytes[start..<end]))
            start = end
        }
        return reader.finish()
    }

    static func delivery(_ change: (inout SmtpConversation) -> Void = { _ in }) -> SmtpConversation {
        var conversation = SmtpConversation.delivery(client: client, server: server)
        change(&conversation)
        return conversation
    }

    @Test(
        "a delivery survives every way TCP can mangle its segments",
        arguments: [
            "plain", "split", "reorder", "retransmit", "overlap", "wrap-around", "no-handshake",
        ])
    func mangledDelivery(variant: String) throws {
        let conversation = Self.delivery { conversation in
            switch variant {
            case "split": conversation.segmentSize = 3
            case "reorder":
                conversation.segmentSize = 5
                conversation.reorder = true
            case "retransmit":
                conversation.segmentSize = 7
                conversation.retransmit = true
            case "overlap":
                conversation.segmentSize = 6
                conversation.overlap = 2
            case "wrap-around":
                conversation.segmentSize = 4
                conversation.initialSequence = (0xFFFF_FFF0, 0xFFFF_FFFA)
            case "no-handshake": conversation.opening = .noHandshake
            default: break
            }
        }
        let summary = Self.read([conversation])
        let session = try #require(summary.smtpSessions.first)
        #expect(summary.smtpSessions.count == 1)
        #expect(session.replyCodes == Self.deliveredCodes)
        #expect(session.commands == ["EHLO", "MAIL", "RCPT", "DATA", "QUIT"])
        #expect(session.outcome == .delivered)
        #expect(session.bytesMissing == 0)
        #expect(session.handshakeSeen == (variant != "no-handshake"))
        #expect(session.banner == "mail.example.co.jp ESMTP Postfix")
        #expect(session.heloName == "spnt-server")
        #expect(session.mailFrom == "<spnt@example.co.jp>")
        #expect(session.rcptTo == ["<admin@example.co.jp>"])
        #expect(session.client == "192.0.2.10:49152" && session.server == "192.0.2.25:25")
        #expect(summary.damage.isEmpty)
    }

    @Test("bytes the capture lost are counted and the dialogue goes on")
    func gap() throws {
        // Bytes 0..<5 of the MAIL command turn ("MAIL FROM:…" starts at client offset 18).
        let conversation = Self.delivery {
            $0.droppedClientBytes = 18..<23
            $0.segmentSize = 10
        }
        let session = try #require(Self.read([conversation]).smtpSessions.first)
        #expect(session.bytesMissing == 5)
        #expect(session.replyCodes == Self.deliveredCodes)
        #expect(session.outcome == .delivered)
    }

    @Test("pipelined commands in one segment pair with their replies in order")
    func pipelining() throws {
        let conversation = SmtpConversation(
            client: Self.client, server: Self.server,
            turns: [
                .server("220 mx ESMTP\r\n"), .client("EHLO a\r\n"), .server("250-mx\r\n250 PIPELINING\r\n"),
                .client("MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nRCPT TO:<e@f>\r\nDATA\r\n"),
                .server("250 ok\r\n550 5.1.1 unknown\r\n250 ok\r\n354 go\r\n"),
                .client("Subject: x\r\n\r\n.\r\n"), .server("554 5.7.1 virus\r\n"), .client("QUIT\r\n"),
                .server("221 bye\r\n"),
            ])
        let session = try #require(Self.read([conversation]).smtpSessions.first)
        #expect(session.replyCodes == [220, 250, 250, 550, 250, 354, 554, 221])
        #expect(session.rcptTo == ["<c@d>", "<e@f>"])
        #expect(session.outcome == .rejected)
    }

    @Test("STARTTLS accepted ends the readable dialogue")
    func startTLS() throws {
        let conversation = SmtpConversation(
            client: Self.client, server: Self.server,
            turns: [
                .server("220 mx ESMTP\r\n"), .client("EHLO a\r\n"), .server("250 STARTTLS\r\n"),
                .client("STARTTLS\r\n"),
                .server("220 2.0.0 Ready to start TLS\r\n"), .client("\u{16}\u{03}\u{01}binary hello\r\n"),
                .server("\u{16}\u{03}\u{03}server hello 250 x\r\n"),
            ])
        let session = try #require(Self.read([conversation]).smtpSessions.first)
        #expect(session.replyCodes == [220, 250, 220])
        #expect(session.commands == ["EHLO", "STARTTLS"])
        #expect(session.outcome == .tls)
    }

    @Test("a SYN answered by RST is refused; an unanswered SYN is no-answer")
    func refusedAndUnanswered() throws {
        var refused = Self.delivery()
        refused.opening = .refused
        var unanswered = Self.delivery()
        unanswered.opening = .unanswered
        unanswered.client = FixtureEndpoint("192.0.2.11", 50000)
        let summary = Self.read([refused, unanswered])
        #expect(summary.smtpSessions.map(\.outcome) == [.refused, .noAnswer])
        #expect(summary.tcpPort25Packets == 3)
    }

    @Test(
        "every link type and file variant reads the same session",
        arguments: [
            ("ethernet", FixtureLink.ethernet(), FixtureCaptureFormat.pcap()),
            ("vlan", .ethernet(vlanTags: [100]), .pcap()), ("qinq", .ethernet(vlanTags: [100, 200]), .pcap()),
            ("null", .null, .pcap()), ("loop", .loop, .pcap()), ("raw", .raw, .pcap()),
            ("sll", .linuxSLL, .pcap()), ("sll2", .linuxSLL2, .pcap()),
            ("ns", .ethernet(), .pcap(nanoseconds: true)), ("big-endian", .ethernet(), .pcap(bigEndian: true)),
            ("big-endian-ns", .raw, .pcap(nanoseconds: true, bigEndian: true)),
            ("pcapng", .ethernet(), .pcapng(links: [.ethernet()])),
            ("pcapng-ns", .ethernet(), .pcapng(links: [.ethernet()], resolution: 9)),
        ])
    func variants(name: String, link: FixtureLink, format: FixtureCaptureFormat) throws {
        let summary = Self.read([Self.delivery()], format: format, link: link, blockSize: 7)
        let session = try #require(summary.smtpSessions.first)
        #expect(session.replyCodes == Self.deliveredCodes)
        #expect(summary.packets == Self.delivery().packets(start: FixtureClock.incident).count)
        #expect(summary.firstPacket == FixtureClock.incident)
        #expect(summary.format == (name.hasPrefix("pcapng") ? "pcapng" : "pcap"))
        #expect(summary.linkTypes == [link.number])
        #expect(summary.damage.isEmpty)
    }

    @Test("IPv6 endpoints are written in brackets")
    func ipv6() throws {
        let conversation = SmtpConversation.delivery(
            client: FixtureEndpoint("2001:db8::10", 49152), server: FixtureEndpoint("2001:db8::25", 25))
        let session = try #require(Self.read([conversation]).smtpSessions.first)
        #expect(session.client == "[2001:db8::10]:49152")
        #expect(session.server == "[2001:db8::25]:25")
        #expect(session.outcome == .delivered)
    }

    @Test("pcapng with two interfaces and if_tsresol keeps each packet's link and time")
    func twoInterfaces() throws {
        let writer = PcapWriter(format: .pcapng(links: [.ethernet(), .raw], resolution: 9))
        let packets = Self.delivery().packets(start: FixtureClock.incident)
        for (index, packet) in packets.enumerated() {
            writer.write(ip: packet.ip, at: packet.time.addingTimeInterval(0.000_000_001), interface: index % 2)
        }
        var reader = CaptureReader()
        reader.consume(writer.finish())
        let summary = reader.finish()
        #expect(summary.linkTypes == [1, 101])
        #expect(summary.smtpSessions.first?.replyCodes == Self.deliveredCodes)
        let first = try #require(summary.firstPacket)
        #expect(abs(first.timeIntervalSince(FixtureClock.incident) - 0.000_000_001) < 1e-7)
    }

    @Test("background traffic is counted apart from SMTP")
    func background() {
        let writer = PcapWriter()
        let host = FixtureEndpoint("192.0.2.10", 53000)
        for packet in BackgroundTraffic.dnsLookup(client: host, resolver: "192.0.2.53", id: 7)
            + BackgroundTraffic.https(client: host, server: "192.0.2.44", bytes: 100)
        {
            writer.write(ip: packet, at: FixtureClock.incident)
        }
        var reader = CaptureReader()
        reader.consume(writer.finish())
        let summary = reader.finish()
        #expect(summary.otherPackets == 7)
        #expect(summary.tcpPort25Packets == 0)
        #expect(summary.smtpSessions.isEmpty)
        #expect(summary.hosts.count == 3)
    }

    @Test("a pcapng file of two sections resets the interfaces at the second section header")
    func twoSections() throws {
        var bytes: [UInt8] = []
        for (index, link) in [FixtureLink.ethernet(), .linuxSLL2].enumerated() {
            let writer = PcapWriter(format: .pcapng(links: [link]))
            var conversation = Self.delivery()
            conversation.client.port += UInt16(index)
            for packet in conversation.packets(start: FixtureClock.incident) {
                writer.write(ip: packet.ip, at: packet.time)
            }
            bytes += writer.finish()
        }
        var reader = CaptureReader()
        reader.consume(bytes)
        let summary = reader.finish()
        #expect(summary.linkTypes == [1, 276])
        #expect(summary.smtpSessions.map(\.outcome) == [.delivered, .delivered])
        #expect(summary.damage.isEmpty)
    }
}
