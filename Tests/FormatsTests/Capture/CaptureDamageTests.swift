import CaseFixtures
import Formats
import Foundation
import Testing

/// Broken captures are read as far as they go and the damage is named; nothing crashes.
@Suite struct CaptureDamageTests {
    static var goodCapture: [UInt8] {
        let writer = PcapWriter()
        let conversation = SmtpConversation.delivery(
            client: FixtureEndpoint("192.0.2.10", 49152), server: FixtureEndpoint("192.0.2.25", 25))
        for packet in conversation.packets(start: FixtureClock.incident) {
            writer.write(ip: packet.ip, at: packet.time)
        }
        return writer.finish()
    }

    static func read(_ bytes: [UInt8]) -> CaptureSummary {
        var reader = CaptureReader()
        reader.consume(bytes)
        return reader.finish()
    }

    @Test("a capture cut in the middle of a record reports a truncated record")
    func truncated() {
        let bytes = Self.goodCapture
        let summary = Self.read(Array(bytes.dropLast(10)))
        #expect(summary.damage.map(\.code) == ["truncated-record"])
        #expect(summary.packets == 18)
    }

    @Test("a giant caplen stops reading without allocating it")
    func giantLength() {
        var bytes = Self.goodCapture
        // [PCAP] first record header at 24; caplen at 24 + 8.
        bytes.replaceSubrange(32..<36, with: [0xFF, 0xFF, 0xFF, 0x7F])
        let summary = Self.read(bytes)
        #expect(summary.damage.map(\.code) == ["giant-record"])
        #expect(summary.packets == 0)
    }

    @Test("a pcapng block with a bad length is reported")
    func badBlockLength() {
        let writer = PcapWriter(format: .pcapng(links: [.ethernet()]))
        writer.write(
            ip: PacketBuilder.udp(from: .init("192.0.2.1", 1), to: .init("192.0.2.2", 2), payload: [1]),
            at: FixtureClock.incident)
        var bytes = writer.finish()
        bytes[28 + 32 + 4] = 0x0D  // EPB total length no longer a multiple of 4
        #expect(Self.read(bytes).damage.map(\.code) == ["bad-block-length"])
    }

    @Test("garbage and random corruption never crash the reader", arguments: 0..<40)
    func garbage(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        var bytes = Self.goodCapture
        if seed % 4 == 0 {
            bytes = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes.replaceSubrange(0..<4, with: [0xD4, 0xC3, 0xB2, 0xA1])
        } else {
            for _ in 0..<(seed * 3) {
                bytes[Int.random(in: 24..<bytes.count, using: &generator)] = UInt8.random(
                    in: 0...255, using: &generator)
            }
        }
        let summary = Self.read(bytes)
        #expect(summary.format == "pcap")
    }

    @Test("an empty file and a file cut inside its header are named as such")
    func emptyAndShort() {
        #expect(Self.read([]).damage.map(\.code) == ["empty"])
        #expect(Self.read(Array(Self.goodCapture.prefix(10))).damage.map(\.code) == ["truncated-header"])
    }

    @Test("a file that is no capture is named as such")
    func notACapture() {
        #expect(Self.read(Array("hello world, not a capture".utf8)).damage.map(\.code) == ["not-a-capture"])
    }
}

/// Deterministic random numbers for corruption tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
