import Formats
import Foundation
import Testing

/// Legacy .evt logs read with the record counts and time ranges MANIFEST.md gives (libevt evtinfo/evtexport).
@Suite(.enabled(if: EventLogSamples.available, "samples not found at ../shared/samples: sample tests skipped"))
struct LegacyEvtTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var records: Int
        var first: String
        var last: String
        var computer: String
        var wrapped: Bool
        var description: String { file }
    }

    // From MANIFEST.md, evt-legacy ground truth (evtinfo / evtexport, libevt 20200926).
    static let expected = [
        Expected(
            file: "evt-legacy/go-evt-AppEvent.Evt", records: 121, first: "2020-04-26T03:19:48Z",
            last: "2020-04-30T06:51:16Z", computer: "CHENBIN-17299A5", wrapped: false),
        Expected(
            file: "evt-legacy/plaso-SysEvent.Evt", records: 6063, first: "2011-07-27T06:41:47Z",
            last: "2012-04-07T04:58:01Z", computer: "WKS-WINXP32BIT", wrapped: true),
    ]

    @Test("record count, time range, computer and flags equal libevt's", arguments: expected)
    func matchesLibevt(_ expected: Expected) throws {
        let bytes = try EventLogSamples.bytes(expected.file)
        let summary = stream(bytes, into: LegacyEventLogReader(), blockSize: 1 << 20)
        #expect(summary.format == "evt")
        #expect(summary.records == expected.records)
        #expect(summary.firstEvent == ISO8601DateFormatter().date(from: expected.first))
        #expect(summary.lastEvent == ISO8601DateFormatter().date(from: expected.last))
        #expect(summary.computers == [expected.computer])
        #expect(summary.dirty)
        #expect(summary.wrapped == expected.wrapped)
        #expect(summary.channel == nil)
    }

    @Test("the top sources are those evtexport lists")
    func topSources() throws {
        let summary = stream(
            try EventLogSamples.bytes("evt-legacy/plaso-SysEvent.Evt"), into: LegacyEventLogReader(),
            blockSize: 1 << 20)
        #expect(summary.providers["Service Control Manager"] == 3933)
        #expect(summary.providers["LSASRV"] == 805)
        #expect(summary.providers["NETLOGON"] == 111)
    }

    @Test("reading in 7- and 1000-byte blocks gives the same summary", arguments: [7, 1000])
    func blockSizeIndependent(blockSize: Int) throws {
        let bytes = try EventLogSamples.bytes("evt-legacy/plaso-SysEvent.Evt")
        #expect(
            stream(bytes, into: LegacyEventLogReader(), blockSize: blockSize)
                == stream(bytes, into: LegacyEventLogReader(), blockSize: 1 << 20))
    }

    @Test("a record whose length runs past the end of the file hides none of the records after it")
    func overlongLengthSkipped() throws {
        var bytes = try EventLogSamples.bytes("evt-legacy/go-evt-AppEvent.Evt")
        // The first record (right after the 48-byte header) now claims to run past the end.
        let claimed = UInt32(bytes.count)
        withUnsafeBytes(of: claimed.littleEndian) { bytes.replaceSubrange(48..<52, with: $0) }
        for blockSize in [7, 1 << 20] {
            let summary = stream(bytes, into: LegacyEventLogReader(), blockSize: blockSize)
            #expect(summary.records == 120)
        }
    }

    @Test("empty, truncated and garbage inputs give damage and never crash", arguments: [0, 20, 48, 5000])
    func damaged(length: Int) throws {
        var generator = SeededBytes(seed: UInt64(length))
        let real = try EventLogSamples.bytes("evt-legacy/go-evt-AppEvent.Evt")
        let bytes = length == 48 ? Array(real[0..<48]) : (0..<length).map { _ in generator.next() }
        let summary = stream(bytes, into: LegacyEventLogReader(), blockSize: 7)
        #expect(summary.records == 0)
        #expect(!summary.damage.isEmpty)
    }
}
