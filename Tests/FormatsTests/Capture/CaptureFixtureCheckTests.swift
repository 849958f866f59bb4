import CaseFixtures
import Formats
import Foundation
import Testing

/// The fixture writer's captures are real captures: tshark reads the same packets, times and
/// reply codes from them as CaptureReader does. (Reordered segments are left out: tshark 4.0
/// does not reassemble out-of-order data by default; the round-trip tests cover them.)
@Suite struct CaptureFixtureCheckTests {
    static let tsharkAvailable = FileManager.default.isExecutableFile(atPath: CaptureSamplesTests.tshark)
    static let client = FixtureEndpoint("192.0.2.10", 49152)
    static let server = FixtureEndpoint("192.0.2.25", 25)

    static func conversations(_ variant: String) -> [SmtpConversation] {
        var delivery = SmtpConversation.delivery(client: client, server: server)
        switch variant {
        case "split": delivery.segmentSize = 9
        case "retransmit":
            delivery.segmentSize = 7
            delivery.retransmit = true
        case "wrap-around":
            delivery.segmentSize = 4
            delivery.initialSequence = (0xFFFF_FFF0, 0xFFFF_FFFA)
        case "ipv6":
            delivery = SmtpConversation.delivery(
                client: FixtureEndpoint("2001:db8::10", 49152), server: FixtureEndpoint("2001:db8::25", 25))
        default: break
        }
        var refused = SmtpConversation.delivery(client: FixtureEndpoint("192.0.2.11", 50001), server: server)
        refused.opening = .refused
        return [delivery, refused]
    }

    @Test(
        "tshark and CaptureReader agree on fixture captures", .enabled(if: tsharkAvailable, "tshark missing"),
        arguments: [
            ("plain", FixtureCaptureFormat.pcap(), FixtureLink.ethernet()), ("split", .pcap(), .ethernet()),
            ("retransmit", .pcap(), .ethernet()),
            ("wrap-around", .pcap(nanoseconds: true), .ethernet()), ("ipv6", .pcap(bigEndian: true), .ethernet()),
            ("plain", .pcap(), .ethernet(vlanTags: [7, 8])), ("plain", .pcap(), .linuxSLL),
            ("plain", .pcap(), .linuxSLL2),
            ("plain", .pcap(), .null), ("plain", .pcap(), .loop), ("plain", .pcap(), .raw),
            ("split", .pcapng(links: [.ethernet(), .raw], resolution: 9), .ethernet()),
        ])
    func agree(variant: String, format: FixtureCaptureFormat, link: FixtureLink) throws {
        let writer = PcapWriter(format: format, link: link)
        var interface = 0
        for conversation in Self.conversations(variant) {
            for packet in conversation.packets(start: FixtureClock.incident) {
                writer.write(ip: packet.ip, at: packet.time, interface: interface)
                if case .pcapng(let links, _) = format { interface = (interface + 1) % links.count }
            }
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("capture-check-\(UUID()).pcap")
        defer {
            if ProcessInfo.processInfo.environment["KEEP_CAPTURE"] == nil {
                try? FileManager.default.removeItem(at: url)
            }
        }
        try Data(writer.finish()).write(to: url)
        let summary = try CaptureSamplesTests.read(url, blockSize: 7)
        let times = try CaptureSamplesTests.run(["-r", url.path, "-T", "fields", "-e", "frame.time_epoch"])
            .split(separator: "\n").compactMap { Double($0) }
        #expect(summary.packets == times.count)
        #expect(abs((summary.firstPacket?.timeIntervalSince1970 ?? 0) - (times.min() ?? -1)) < 2e-6)
        var ours: [String: [Int]] = [:]
        for session in summary.smtpSessions where !session.replyCodes.isEmpty {
            ours["\(session.client) -> \(session.server)", default: []] += session.replyCodes
        }
        #expect(ours == (try CaptureSamplesTests.tsharkReplyCodes(url)))
        #expect(summary.smtpSessions.map(\.outcome) == [.delivered, .refused])
    }
}
