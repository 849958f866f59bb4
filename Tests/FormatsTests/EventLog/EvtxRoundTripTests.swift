import CaseFixtures
import Formats
import Foundation
import Testing

/// Logs written by EvtxWriter read back with exactly the fields that were written.
@Suite struct EvtxRoundTripTests {
    static let serverProtectEvents: [EvtxEvent] = {
        let base = FixtureClock.incident
        return [
            EvtxEvent(
                channel: "Application", computer: "SPNT-SRV01", provider: "ServerProtect", eventID: 1001,
                qualifiers: 0, level: 4, time: base.addingTimeInterval(-3600),
                data: ["リアルタイム検索を開始しました"]),
            EvtxEvent(
                channel: "Application", computer: "SPNT-SRV01", provider: "SpntSvc", eventID: 5003, level: 2,
                time: base, data: ["SMTP サーバ mail.example.co.jp:25 に接続できません", "10060", ""]),
            EvtxEvent(
                channel: "System", computer: "SPNT-SRV01", provider: "Service Control Manager", eventID: 7036,
                qualifiers: 16384, level: 4, time: base.addingTimeInterval(12.345_678_9),
                data: ["Trend ServerProtect", "停止"]),
            EvtxEvent(
                channel: "Application", computer: "SPNT-SRV01", provider: "ServerProtect", eventID: 1002,
                level: 3, time: base.addingTimeInterval(60), data: []),
        ]
    }()

    /// Ten events cycling through the four above, with distinct times.
    static let tenEvents: [EvtxEvent] = (0..<10).map { index in
        var event = serverProtectEvents[index % serverProtectEvents.count]
        event.time = event.time.addingTimeInterval(Double(index) * 86_400)
        return event
    }

    static func readAll(_ bytes: [UInt8], blockSize: Int = 1 << 20) -> EventLogSummary {
        stream(bytes, into: EventLogReader(keep: { _ in true }, maxKept: 1000), blockSize: blockSize)
    }

    @Test("every written field reads back, Japanese inserts included")
    func fieldsRoundTrip() {
        let events = Self.serverProtectEvents
        let summary = Self.readAll(EvtxWriter.file(events))
        #expect(summary.format == "evtx")
        #expect(summary.records == events.count)
        #expect(summary.damage == [])
        #expect(summary.keptRecords.count == events.count)
        for (index, (event, record)) in zip(events, summary.keptRecords).enumerated() {
            #expect(record.provider == event.provider)
            #expect(record.eventID == event.eventID)
            #expect(record.qualifiers == event.qualifiers)
            #expect(record.level == event.level)
            #expect(record.computer == event.computer)
            #expect(record.channel == event.channel)
            #expect(record.dataStrings == event.data)
            #expect(record.recordID == UInt64(index + 1))
            #expect(abs((record.timeCreated ?? .distantPast).timeIntervalSince(event.time)) < 1e-6)
        }
    }

    @Test("the summary names the most frequent channel, the time range, computers and providers")
    func summaryTotals() throws {
        let events = Self.serverProtectEvents
        let summary = Self.readAll(EvtxWriter.file(events))
        #expect(summary.channel == "Application")
        let first = try #require(summary.firstEvent), last = try #require(summary.lastEvent)
        #expect(abs(first.timeIntervalSince(try #require(events.map(\.time).min()))) < 1e-6)
        #expect(abs(last.timeIntervalSince(try #require(events.map(\.time).max()))) < 1e-6)
        #expect(summary.computers == ["SPNT-SRV01"])
        #expect(summary.providers == ["ServerProtect": 2, "SpntSvc": 1, "Service Control Manager": 1])
        #expect(summary.headerChunkCount == 1 && summary.chunksFound == 1)
        #expect(!summary.dirty && !summary.full)
    }

    @Test(
        "several chunks with templates reused inside each read the same in any block size",
        arguments: [7, 1000, 65536, 1 << 20])
    func severalChunks(blockSize: Int) {
        let bytes = EvtxWriter.file(Self.tenEvents, maxRecordsPerChunk: 3)
        #expect(bytes.count == 4096 + 4 * 65536)
        let summary = Self.readAll(bytes, blockSize: blockSize)
        #expect(summary.records == 10)
        #expect(summary.chunksFound == 4 && summary.headerChunkCount == 4)
        #expect(summary.damage == [])
        #expect(summary.keptRecords.map(\.eventID) == Self.tenEvents.map(\.eventID))
        #expect(summary.keptRecords.map(\.dataStrings) == Self.tenEvents.map(\.data))
        #expect(summary.keptRecords.map(\.recordID) == Array(1...10))
    }

    @Test("records are kept only when selected, and no more than asked: the most recent ones")
    func keepSelects() {
        let bytes = EvtxWriter.file(Self.tenEvents)
        let errors = stream(bytes, into: EventLogReader(keep: { $0.level <= 3 }), blockSize: 4096)
        #expect(errors.keptRecords.map(\.level) == Self.tenEvents.map(\.level).filter { $0 <= 3 })
        let two = stream(bytes, into: EventLogReader(keep: { _ in true }, maxKept: 2), blockSize: 4096)
        #expect(two.keptRecords.count == 2 && two.records == 10)
        #expect(two.keptRecords.map(\.recordID) == [9, 10])
        // keep decides before the inserts are decoded; the kept records then carry them.
        let undecided = stream(bytes, into: EventLogReader(keep: { $0.dataStrings.isEmpty }), blockSize: 4096)
        #expect(undecided.keptRecords.map(\.dataStrings) == Self.tenEvents.map(\.data))
        let none = stream(bytes, into: EventLogReader(), blockSize: 4096)
        #expect(none.keptRecords.isEmpty && none.records == 10)
    }

    @Test("the signature check tells evtx from evt and from anything else")
    func signatures() {
        let evtx = EvtxWriter.file(Self.serverProtectEvents)
        #expect(EventLogSignature.isEvtx(evtx))
        #expect(!EventLogSignature.isEvt(evtx))
        let evt: [UInt8] = [0x30, 0, 0, 0] + Array("LfLe".utf8) + [1, 0, 0, 0]
        #expect(EventLogSignature.isEvt(evt))
        #expect(!EventLogSignature.isEvtx(evt))
        #expect(!EventLogSignature.isEvtx(Array("ElfFil".utf8)))
        #expect(!EventLogSignature.isEvt([UInt8]()))
    }
}
