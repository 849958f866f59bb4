import CaseFixtures
import Foundation
import Testing

@testable import Formats

/// A capture's span: the earliest and latest packet times, exact to the microsecond, with
/// impossible timestamps reported as damage instead of moving the span.
@Suite struct CaptureTimeTests {
    static let client = FixtureEndpoint("192.0.2.10", 49152)
    static let server = FixtureEndpoint("192.0.2.25", 25)

    /// A pcap of `count` UDP packets one second apart from 2014-12-09T17:16:07Z.
    static func capture(count: Int, nanoseconds: Bool = false) -> [UInt8] {
        let writer = PcapWriter(format: .pcap(nanoseconds: nanoseconds))
        for index in 0..<count {
            writer.write(
                ip: PacketBuilder.udp(from: client, to: server, payload: [UInt8(index)]),
                at: Date(timeIntervalSince1970: 1_418_145_367 + Double(index)))
        }
        return writer.finish()
    }

    /// Sets the timestamp of pcap record `index` (each record here is the same size).
    static func setTime(_ bytes: inout [UInt8], record index: Int, seconds: UInt32, fraction: UInt32) {
        let recordSize = (bytes.count - 24) / 3
        let offset = 24 + index * recordSize  // [PCAP] record: ts_sec 0:4, ts_frac 4:4 (little-endian here)
        for byte in 0..<4 {
            bytes[offset + byte] = UInt8(truncatingIfNeeded: seconds >> (8 * byte))
            bytes[offset + 4 + byte] = UInt8(truncatingIfNeeded: fraction >> (8 * byte))
        }
    }

    static func read(_ bytes: [UInt8]) -> CaptureSummary {
        var reader = CaptureReader()
        reader.consume(bytes)
        return reader.finish()
    }

    static func parts(_ date: Date?) -> (Int64, Int64)? {
        date.flatMap(MicrosecondTime.parts).map { ($0.seconds, $0.microseconds) }
    }

    @Test("a nanosecond time just below a whole second stays in its second (…369.999999999 is …369.999999)")
    func nanosecondsTruncate() throws {
        var bytes = Self.capture(count: 3, nanoseconds: true)
        Self.setTime(&bytes, record: 2, seconds: 1_418_145_369, fraction: 999_999_999)
        let summary = Self.read(bytes)
        #expect(summary.damage == [])
        let last = try #require(Self.parts(summary.lastPacket))
        #expect(last == (1_418_145_369, 999_999))
    }

    @Test(
        "an impossible sub-second field is damage and leaves the packet out of the span",
        arguments: [(false, UInt32(1_000_000)), (false, UInt32.max), (true, UInt32(1_000_000_000))])
    func impossibleFraction(nanoseconds: Bool, fraction: UInt32) throws {
        var bytes = Self.capture(count: 3, nanoseconds: nanoseconds)
        Self.setTime(&bytes, record: 2, seconds: 1_418_145_369, fraction: fraction)
        let summary = Self.read(bytes)
        #expect(summary.packets == 3)
        #expect(summary.damage.map(\.code) == ["impossible-fraction"])
        #expect(summary.damage.first?.count == 1)
        #expect(try #require(Self.parts(summary.firstPacket)) == (1_418_145_367, 0))
        #expect(try #require(Self.parts(summary.lastPacket)) == (1_418_145_368, 0))
    }

    @Test("the span is the earliest and latest packet time, not the first and last packet in the file")
    func earliestAndLatest() throws {
        var bytes = Self.capture(count: 3)
        Self.setTime(&bytes, record: 0, seconds: 1_418_145_400, fraction: 0)  // latest, first in the file
        Self.setTime(&bytes, record: 2, seconds: 1_418_145_300, fraction: 250)  // earliest, last in the file
        let summary = Self.read(bytes)
        #expect(try #require(Self.parts(summary.firstPacket)) == (1_418_145_300, 250))
        #expect(try #require(Self.parts(summary.lastPacket)) == (1_418_145_400, 0))
    }

    @Test("pcapng binary timestamp resolutions (if_tsresol 2^-n) are converted in integers, truncated")
    func binaryResolution() throws {
        let writer = PcapWriter(format: .pcapng(links: [.ethernet()], resolution: 0x94))  // 2^-20 s
        writer.write(
            ip: PacketBuilder.udp(from: Self.client, to: Self.server, payload: [1]), at: Date(timeIntervalSince1970: 0))
        var bytes = writer.finish()
        // [PCAPNG] SHB 28 bytes, IDB 32 bytes, then the EPB: timestamp high at +12, low at +16.
        let units: UInt64 = 1_418_145_369 << 20 | (1 << 20 - 1)
        for byte in 0..<4 {
            bytes[60 + 12 + byte] = UInt8(truncatingIfNeeded: (units >> 32) >> (8 * byte))
            bytes[60 + 16 + byte] = UInt8(truncatingIfNeeded: units >> (8 * byte))
        }
        let summary = Self.read(bytes)
        #expect(summary.damage == [])
        // (2^20 - 1) / 2^20 s = 0.999999046… s
        #expect(try #require(Self.parts(summary.firstPacket)) == (1_418_145_369, 999_999))
    }

    @Test(
        "capture times equal tshark's epoch times to the microsecond",
        .enabled(if: ReferenceTools.path("tshark") != nil, "tshark is not installed: skipped"))
    func matchesTshark() throws {
        var bytes = Self.capture(count: 3, nanoseconds: true)
        Self.setTime(&bytes, record: 0, seconds: 1_418_145_368, fraction: 123_456_789)
        Self.setTime(&bytes, record: 2, seconds: 1_418_145_369, fraction: 999_999_999)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("capture-time-\(getpid()).pcap")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try ReferenceTools.run("tshark", ["-r", file.path, "-T", "fields", "-e", "frame.time_epoch"])
        let times = output.stdout.split(whereSeparator: \.isNewline).compactMap(Self.epochMicroseconds)
        #expect(times.count == 3)
        let summary = Self.read(bytes)
        #expect(microsecondsSince1970(summary.firstPacket) == times.min())
        #expect(microsecondsSince1970(summary.lastPacket) == times.max())
    }

    /// tshark's `frame.time_epoch` ("1418145369.999999999") as microseconds, extra digits dropped.
    static func epochMicroseconds(_ text: Substring) -> Int64? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let seconds = pieces.first.flatMap({ Int64($0) }) else { return nil }
        let fraction = pieces.count > 1 ? String((pieces[1] + "000000").prefix(6)) : "000000"
        return Int64(fraction).map { seconds * 1_000_000 + $0 }
    }

}
