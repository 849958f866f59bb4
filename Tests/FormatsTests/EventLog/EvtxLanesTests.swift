import CaseFixtures
import Formats
import Foundation
import Testing

@testable import Formats

/// Reading chunks on several lanes gives the summary reading them one after another gives: the
/// same counts, times, damage in the same order with the same details, the same kept records.
@Suite struct EvtxLanesTests {
    /// 300 events, 7 to a chunk: 43 chunks, so batches of 16 fill twice and a part is left at the end.
    static let events: [EvtxEvent] = (0..<300).map { index in
        var event = EvtxRoundTripTests.serverProtectEvents[index % EvtxRoundTripTests.serverProtectEvents.count]
        event.time = event.time.addingTimeInterval(Double(index) * 3_600)
        return event
    }
    static let good = EvtxWriter.file(events, maxRecordsPerChunk: 7)

    static func chunkStart(_ index: Int) -> Int { 4096 + index * 65536 }

    /// The log with damage in several batches: a chunk copied over a later one (every id of it read
    /// twice), a zeroed signature, a broken record size, a record of size 0, a bad data checksum.
    static let damaged: [UInt8] = {
        var bytes = good
        bytes.replaceSubrange(chunkStart(20)..<chunkStart(21), with: bytes[chunkStart(3)..<chunkStart(4)])
        for offset in 0..<8 { bytes[chunkStart(9) + offset] = 0 }
        for offset in 4..<7 { bytes[chunkStart(17) + 512 + offset] = 0xFF }
        for offset in 4..<8 { bytes[chunkStart(33) + 512 + offset] = 0 }
        bytes[chunkStart(40) + 600] ^= 0x55
        return bytes
    }()

    static func read(_ bytes: [UInt8], lanes: Int, blockSize: Int, maxKept: Int = 1000) -> EventLogSummary {
        stream(
            bytes, into: EventLogReader(keep: { $0.level <= 3 }, maxKept: maxKept, lanes: lanes), blockSize: blockSize)
    }

    @Test(
        "an intact log reads the same on one, two and three lanes, in blocks of any size",
        arguments: [2, 3], [1000, 65536, 1 << 20])
    func intact(lanes: Int, blockSize: Int) {
        let one = Self.read(Self.good, lanes: 1, blockSize: blockSize)
        #expect(one.records == 300 && one.chunksFound == 43 && one.damage.isEmpty)
        #expect(Self.read(Self.good, lanes: lanes, blockSize: blockSize) == one)
    }

    @Test(
        "a damaged log reads the same on several lanes: damage, details and recovered records alike", arguments: [2, 3])
    func damaged(lanes: Int) throws {
        let one = Self.read(Self.damaged, lanes: 1, blockSize: 4096)
        let codes = one.damage.map(\.code)
        #expect(
            Set(codes).isSuperset(of: [
                "record.duplicate-id", "chunk.bad-magic", "record.bad-size", "record.zero-size",
                "chunk.bad-data-checksum",
            ]))
        let duplicates = try #require(one.damage.first { $0.code == "record.duplicate-id" })
        #expect(duplicates.count == 7)
        #expect(duplicates.detail == "Record 22 appears more than once; later copies were dropped.")
        #expect(Self.read(Self.damaged, lanes: lanes, blockSize: 4096) == one)
        #expect(Self.read(Self.damaged, lanes: lanes, blockSize: 1 << 20) == one)
    }

    @Test("the most recent kept records survive alike when more are selected than kept")
    func keptRing() {
        let one = Self.read(Self.damaged, lanes: 1, blockSize: 1 << 20, maxKept: 5)
        #expect(one.keptRecords.count == 5)
        #expect(Self.read(Self.damaged, lanes: 2, blockSize: 1 << 20, maxKept: 5) == one)
    }

    @Test("a log cut inside a chunk that waits in a batch still reports the whole chunks before the cut")
    func cutInBatch() {
        let cut = Array(Self.good[0..<(Self.chunkStart(5) + 1000)])
        let one = Self.read(cut, lanes: 1, blockSize: 65536)
        #expect(one.records == 35 && one.damage.map(\.code) == ["file.truncated"])
        #expect(Self.read(cut, lanes: 2, blockSize: 65536) == one)
    }

    @Test(
        "a chunk whose findings outgrow their budget on a lane is read again in place: the same summary",
        arguments: [200, 20_000])
    func overBudget(budget: Int) {
        let one = Self.read(Self.damaged, lanes: 1, blockSize: 1 << 20)
        let tight = stream(
            Self.damaged, into: EventLogReader(keep: { $0.level <= 3 }, maxKept: 1000, lanes: 2, chunkBudget: budget),
            blockSize: 1 << 20)
        #expect(tight == one)
    }

    @Test("a chunk's findings stop holding records past their budget and say the chunk is to be read again")
    func findingsBudget() {
        var findings = EvtxChunkFindings(index: 0, budget: 1000)
        let record = EventRecord(
            provider: String(repeating: "p", count: 400), eventID: 1, level: 2, timeCreated: nil, recordID: 1,
            computer: "host", channel: "System")
        findings.record(1, record, kept: false, badTime: false, chunk: 0)
        #expect(!findings.isFull)
        findings.record(2, record, kept: false, badTime: false, chunk: 0)
        findings.record(3, record, kept: false, badTime: false, chunk: 0)
        #expect(findings.isFull && findings.overflowed)
        var totals = EvtxLogTotals(tally: EventLogTally(format: "evtx", keep: nil, maxKept: 0))
        findings.add(to: &totals)
        #expect(totals.tally.finished().records == 0)
    }

    @Test(
        "every real log of the corpus reads the same on one lane and on three",
        .enabled(if: EventLogSamples.available, "samples not found at ../shared/samples: skipped"))
    func corpus() throws {
        for file in EventLogSamples.evtxFiles {
            let bytes = try EventLogSamples.bytes(file)
            let one = stream(bytes, into: EventLogReader(keep: { _ in true }, lanes: 1), blockSize: 1 << 16)
            let three = stream(bytes, into: EventLogReader(keep: { _ in true }, lanes: 3), blockSize: 1 << 16)
            #expect(three == one, "\(file)")
        }
    }
}
