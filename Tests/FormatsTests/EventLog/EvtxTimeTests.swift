import CaseFixtures
import Foundation
import Testing

@testable import Formats

/// Event times as the Rust evtx parser and libevtx give them: FILETIME ticks truncated to the
/// microsecond in integers, and a record whose TimeCreated cannot be read reported, not hidden.
@Suite struct EvtxTimeTests {
    /// 2019-04-27T21:06:49Z as FILETIME ticks.
    static let wholeSecondTicks: UInt64 = 116_444_736_000_000_000 + 1_556_399_209 * 10_000_000

    @Test(
        "a FILETIME is truncated to the microsecond, as Rust evtx and libevtx show it",
        arguments: [
            (9_215_075, 921_507), (6_600_994, 660_099), (9_999_999, 999_999), (3_416_672, 341_667), (5, 0),
        ])
    func fileTimeTruncates(ticks: UInt64, microseconds: Int64) throws {
        let date = try #require(WindowsTime.date(fileTime: Self.wholeSecondTicks + ticks))
        let parts = try #require(MicrosecondTime.parts(of: date))
        #expect(parts.seconds == 1_556_399_209)
        #expect(parts.microseconds == microseconds)
    }

    @Test("forwarded events' text times and SYSTEMTIMEs keep their digits to the microsecond")
    func textAndSystemTimes() throws {
        let text = try #require(WindowsTime.date(iso8601: "2021-11-19T16:52:33.8337339Z"))
        #expect(try #require(MicrosecondTime.parts(of: text)).microseconds == 833_733)
        let system = try #require(
            WindowsTime.date(year: 2021, month: 11, day: 19, hour: 16, minute: 52, second: 33, microseconds: 999_000))
        #expect(try #require(MicrosecondTime.parts(of: system)) == (1_637_340_753, 999_000))
        #expect(
            WindowsTime.date(year: 2021, month: 11, day: 19, hour: 0, minute: 0, second: 0, microseconds: 1_000_000)
                == nil)
    }

    @Test("every whole-microsecond time from 1800 to 2200 comes back exactly from its Date", arguments: 0..<8)
    func microsecondsSurviveDate(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        var changed: [String] = []
        for _ in 0..<20_000 {
            let seconds = Int64.random(in: -5_364_662_400...7_258_118_400, using: &generator)
            let microseconds = Int64.random(in: 0..<1_000_000, using: &generator)
            let parts = MicrosecondTime.parts(of: MicrosecondTime.date(seconds: seconds, microseconds: microseconds))
            if parts?.seconds != seconds || parts?.microseconds != microseconds {
                changed.append("\(seconds).\(microseconds)")
            }
        }
        #expect(changed == [])
    }

    @Test("a log's first and last event keep the truncated microsecond (.9215075 s is .921507)")
    func logTimesTruncate() throws {
        let written = Self.events(count: 3)
        var bytes = EvtxWriter.file(written)
        // The latest event's TimeCreated becomes …:49.9215075: ticks a Double cannot carry.
        try Self.replaceTimeCreated(of: written[2], with: Self.wholeSecondTicks + 9_215_075, in: &bytes)
        let summary = stream(bytes, into: EventLogReader(), blockSize: 4096)
        #expect(summary.damage == [])
        let last = try #require(summary.lastEvent.flatMap(MicrosecondTime.parts))
        #expect(last == (1_556_399_209, 921_507))
        if RustEvtxReference.available {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("evtx-time-\(getpid()).evtx")
            try Data(bytes).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let facts = try #require(RustEvtxReference.facts(for: [file.path])?[file.path])
            #expect(facts.last == 1_556_399_209_921_507)
        }
    }

    @Test("a TimeCreated that is no time is damage, and the record does not set the log's last time")
    func unreadableTimeCreated() throws {
        let written = Self.events(count: 3)
        var bytes = EvtxWriter.file(written)
        try Self.replaceTimeCreated(of: written[2], with: .max, in: &bytes)
        let summary = stream(bytes, into: EventLogReader(), blockSize: 4096)
        #expect(summary.records == 3)
        #expect(summary.damage.map(\.code) == ["record.bad-time"])
        #expect(summary.lastEvent == written[1].time)
    }

    @Test("the log's computer is the one with most records; all of them stay listed in order")
    func mainComputer() {
        var events = Self.events(count: 5)
        let computers = ["FORWARDER", "SPNT-SRV01", "SPNT-SRV01", "OTHER", "SPNT-SRV01"]
        for index in events.indices { events[index].computer = computers[index] }
        let summary = stream(EvtxWriter.file(events), into: EventLogReader(), blockSize: 4096)
        #expect(summary.computers == ["FORWARDER", "SPNT-SRV01", "OTHER"])
        #expect(summary.mainComputer == "SPNT-SRV01")
        // On a tie the computer seen first is the log's.
        let tie = stream(EvtxWriter.file(Array(events.prefix(2))), into: EventLogReader(), blockSize: 4096)
        #expect(tie.mainComputer == "FORWARDER")
        #expect(stream(EvtxWriter.file([]), into: EventLogReader(), blockSize: 4096).mainComputer == nil)
    }

    /// Events one second apart on whole seconds, so their FILETIMEs are exact.
    static func events(count: Int) -> [EvtxEvent] {
        (0..<count).map { index in
            EvtxEvent(
                channel: "System", computer: "SPNT-SRV01", provider: "Service Control Manager", eventID: 7036,
                level: 4, time: Date(timeIntervalSince1970: 1_556_399_207 + Double(index)), data: ["ServerProtect"])
        }
    }

    /// Rewrites the TimeCreated substitution of `event` (not the record header's write time) and
    /// the chunk's CRC32s, so the log stays undamaged apart from the new value.
    static func replaceTimeCreated(of event: EvtxEvent, with ticks: UInt64, in bytes: inout [UInt8]) throws {
        let old = 116_444_736_000_000_000 + UInt64(event.time.timeIntervalSince1970) * 10_000_000
        let pattern = (0..<8).map { UInt8(truncatingIfNeeded: old >> (8 * $0)) }
        let recordMagic: [UInt8] = [0x2A, 0x2A, 0x00, 0x00]
        let places = (4096...(bytes.count - 8)).filter { offset in
            bytes[offset..<(offset + 8)].elementsEqual(pattern)
                && !bytes[(offset - 16)..<(offset - 12)].elementsEqual(recordMagic)  // [EVTX] record 16:8 written
        }
        let place = try #require(places.count == 1 ? places.first : nil)
        bytes.replaceSubrange(place..<(place + 8), with: (0..<8).map { UInt8(truncatingIfNeeded: ticks >> (8 * $0)) })
        let chunk = 4096 + (place - 4096) / 65536 * 65536
        func put(_ value: UInt32, at offset: Int) {
            for index in 0..<4 { bytes[chunk + offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        }
        // [EVTX] chunk header 48:4 free-space offset, 52:4 records CRC32, 124:4 header CRC32.
        let free = Int(bytes[(chunk + 48)..<(chunk + 52)].reversed().reduce(0) { $0 << 8 | UInt32($1) })
        put(CRC32.checksum(Array(bytes[(chunk + 512)..<(chunk + free)])), at: 52)
        put(CRC32.checksum(Array(bytes[chunk..<(chunk + 120)] + bytes[(chunk + 128)..<(chunk + 512)])), at: 124)
    }
}
