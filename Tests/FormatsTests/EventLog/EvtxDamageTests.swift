import CaseFixtures
import Formats
import Foundation
import Testing

/// Damaged logs, made by breaking a written one, are read as far as they can be; the damage is
/// counted and described, and nothing crashes or stops early.
@Suite struct EvtxDamageTests {
    /// Ten events in four chunks of three, three, three and one records.
    static let good = EvtxWriter.file(EvtxRoundTripTests.tenEvents, maxRecordsPerChunk: 3)

    static func chunkStart(_ index: Int) -> Int { 4096 + index * 65536 }

    static func read(_ bytes: [UInt8], blockSize: Int = 1000) -> EventLogSummary {
        stream(bytes, into: EventLogReader(keep: { _ in true }), blockSize: blockSize)
    }

    static func codes(_ summary: EventLogSummary) -> Set<String> { Set(summary.damage.map(\.code)) }

    @Test("a file cut inside a chunk keeps the whole chunks before the cut")
    func truncatedMidChunk() {
        let summary = Self.read(Array(Self.good[0..<(Self.chunkStart(2) + 30_000)]))
        #expect(summary.records == 6)
        #expect(Self.codes(summary) == ["file.truncated"])
        #expect(summary.headerChunkCount == 4 && summary.chunksFound == 2)
    }

    @Test("a chunk with a zeroed signature is skipped and the chunks after it are read")
    func zeroedChunkMagic() {
        var bytes = Self.good
        for index in 0..<8 { bytes[Self.chunkStart(1) + index] = 0 }
        let summary = Self.read(bytes)
        #expect(summary.records == 7)
        #expect(Self.codes(summary) == ["chunk.bad-magic"])
        #expect(summary.keptRecords.map(\.recordID) == [1, 2, 3, 7, 8, 9, 10])
    }

    @Test("a record with a broken size is skipped; records found past it are counted as recovered")
    func corruptRecordSize() throws {
        var bytes = Self.good
        // The second record of chunk 0 starts where the first ends: 512 + its size.
        let first = Self.chunkStart(0) + 512
        let firstSize = Int(bytes[first + 4]) | Int(bytes[first + 5]) << 8
        let second = first + firstSize
        bytes[second + 4] = 0xFF
        bytes[second + 5] = 0xFF
        bytes[second + 6] = 0xFF
        let summary = Self.read(bytes)
        #expect(summary.records == 8)  // records 1, 4-10
        #expect(summary.recoveredRecords == 1)  // record 3, found by resynchronising
        #expect(Self.codes(summary).isSuperset(of: ["record.bad-size", "chunk.bad-data-checksum"]))
        let damage = try #require(summary.damage.first { $0.code == "record.bad-size" })
        #expect(damage.count == 1 && !damage.detail.isEmpty)
    }

    @Test("a record of size zero is reported as such")
    func zeroRecordSize() {
        var bytes = Self.good
        for index in 4..<8 { bytes[Self.chunkStart(3) + 512 + index] = 0 }
        let summary = Self.read(bytes)
        #expect(summary.records == 9)
        #expect(Self.codes(summary).contains("record.zero-size"))
    }

    @Test("a changed header byte is reported as a checksum mismatch, and reading goes on")
    func headerChecksum() {
        var bytes = Self.good
        bytes[24] ^= 0xFF  // next record id
        bytes[Self.chunkStart(0) + 8] ^= 0xFF  // first record number of chunk 0
        let summary = Self.read(bytes)
        #expect(summary.records == 10)
        #expect(Self.codes(summary) == ["header.bad-checksum", "chunk.bad-checksum"])
    }

    @Test("empty, header-only and garbage files give damage and no records", arguments: [0, 100, 4096, 300_000])
    func notALog(length: Int) {
        var generator = SeededBytes(seed: UInt64(length))
        let bytes = length == 4096 ? Array(Self.good[0..<4096]) : (0..<length).map { _ in generator.next() }
        let summary = Self.read(bytes, blockSize: 7)
        #expect(summary.records == 0)
        #expect(!summary.damage.isEmpty)
    }

    @Test("random bytes written over the records never crash the reader", arguments: 0..<40)
    func scribbledRecords(seed: Int) {
        var generator = SeededBytes(seed: UInt64(seed) &+ 1)
        var bytes = Self.good
        for _ in 0..<(20 + seed * 5) {
            let chunk = Int(generator.next()) % 4
            let offset = 512 + (Int(generator.next()) << 8 | Int(generator.next())) % 3000
            bytes[Self.chunkStart(chunk) + offset] = generator.next()
        }
        let summary = Self.read(bytes, blockSize: 4093)
        #expect(summary.records <= 10)
        #expect(!summary.damage.isEmpty)
    }
}

/// A deterministic byte generator (SplitMix64), so that failures can be replayed.
struct SeededBytes {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
}
