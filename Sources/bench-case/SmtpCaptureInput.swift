import CaseFixtures
import Foundation

/// A large capture written by the fixture writer: SMTP deliveries from the Normal Server's
/// neighbours to one mail server (some refused, some in small segments), each followed by a DNS
/// lookup and a TLS-like download whose payload is half random (it does not compress) and half
/// repeated text (it does).
enum SmtpCaptureInput {
    /// Writes `sessions` SMTP sessions and enough background traffic for `megabytes` MB to `path`.
    static func write(to path: String, megabytes: Int, sessions: Int) throws -> (packets: Int, bytes: Int) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let output = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        defer { try? output.close() }
        let writer = PcapWriter(output: output)
        var random = FixtureRandom(seed: 0x0BE4_C4A5)
        let body = String(repeating: "ServerProtect notification: virus found in C:\\share\\file.exe\r\n", count: 40)
        let text = Array(
            String(repeating: "GET /update/pattern/lpt$vpn.683 HTTP/1.1\r\nHost: example\r\n", count: 13).utf8)
        let segments = max(1, (megabytes * 1_000_000 / max(1, sessions) - 9_000) / 1_460)
        var time = FixtureClock.incident.addingTimeInterval(-3_600)
        let server = FixtureEndpoint("192.0.2.25", 25)
        for session in 0..<sessions {
            let client = FixtureEndpoint(
                "10.1.\(session / 250 % 250).\(session % 250 + 1)", 20_000 + UInt16(session % 40_000))
            var conversation = SmtpConversation.delivery(client: client, server: server, body: body)
            if session % 10 == 3 { conversation.opening = .refused }
            if session % 7 == 1 { conversation.segmentSize = 500 }
            for packet in conversation.packets(start: time) { writer.write(ip: packet.ip, at: packet.time) }
            for packet in BackgroundTraffic.dnsLookup(
                client: client, resolver: "192.0.2.53", id: UInt16(session % 65_536))
            {
                writer.write(ip: packet, at: time)
            }
            let peer = FixtureEndpoint("198.51.100.\(session % 200 + 1)", 443)
            var sequence: UInt32 = 1
            for segment in 0..<segments {
                let payload = random.bytes(700) + text[..<700]
                let packet = PacketBuilder.tcp(
                    from: peer, to: client, seq: sequence, ack: 1, flags: PacketBuilder.ack, payload: payload)
                writer.write(ip: packet, at: time.addingTimeInterval(0.2 + Double(segment) * 0.0005))
                sequence &+= UInt32(payload.count)
            }
            time = time.addingTimeInterval(7200 / Double(sessions))
        }
        writer.finish()
        return (writer.packetsWritten, writer.bytesWritten)
    }
}
