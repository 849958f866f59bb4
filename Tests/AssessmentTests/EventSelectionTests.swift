import Foundation
import Testing

@testable import Assessment
@testable import Formats

@Suite struct EventSelectionTests {
    static let incident = Date(timeIntervalSince1970: 1_795_136_700)

    static func record(_ provider: String, level: Int = 4, at time: Date = incident, source: String? = nil)
        -> EventRecord
    {
        EventRecord(
            provider: provider, eventSourceName: source, eventID: 7036, level: level, timeCreated: time,
            recordID: 1, computer: "SPNT-SV01", channel: "System")
    }

    @Test(
        "records are kept by level, by a source word in any case, or as service events near the incident",
        arguments: [
            (record("Microsoft-Windows-Kernel-General", level: 2), true),
            (record("Microsoft-Windows-Kernel-General"), false),
            (record("Trend Micro ServerProtect"), true),
            (record("SERVERPROTECT"), true),
            (record("Something", source: "SpntSvc"), true),
            (record("Microsoft-Windows-Tcpip"), true),
            (record("Service Control Manager"), true),
            (record("service control manager"), true),
            (record("Service Control Manager", at: incident.addingTimeInterval(3_600)), false),
            (record("Service Control Manager extra"), false),
            (record("サービス ServerProtect"), true),
            (record("サービス"), false),
        ])
    func keeps(record: EventRecord, kept: Bool) {
        let keep = EventSelection(incidents: [Self.incident]).predicate
        #expect(keep(record) == kept)
    }

    @Test("one predicate asked from many threads at once, its names alternating, answers each as asked alone")
    func manyThreadsAtOnce() {
        let records = [
            Self.record("Trend Micro ServerProtect"), Self.record("Microsoft-Windows-Kernel-General"),
            Self.record("Service Control Manager"),
            Self.record("Service Control Manager", at: Self.incident.addingTimeInterval(3_600)),
            Self.record("Something", source: "SpntSvc"), Self.record("サービス"),
        ]
        let expected = records.map { EventSelection(incidents: [Self.incident]).predicate($0) }
        #expect(expected == [true, false, true, false, true, false])
        let keep = EventSelection(incidents: [Self.incident]).predicate
        let wrong = Counter()
        DispatchQueue.concurrentPerform(iterations: 16) { thread in
            for round in 0..<2_000 {
                let index = (round * 7 + thread) % records.count
                if keep(records[index]) != expected[index] { wrong.add() }
            }
        }
        #expect(wrong.value == 0)
    }

    /// A count shared by threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    @Test("a source word that is not ASCII is still matched, ignoring case")
    func nonASCIIWord() {
        let keep = EventSelection(sources: ["Überwachung"]).predicate
        #expect(keep(Self.record("Dienst ÜBERWACHUNG")))
        #expect(!keep(Self.record("Dienst")))
    }

    @Test(
        "versions are read from lines naming them, ASCII or not, and other lines are passed over",
        arguments: [
            (["job 1 on host-1", "2026-11-10 00:10:00 step 0 ok, 0 items"], [:]),
            (["Pattern file: 19.555.00"], ["pattern-version": "19.555.00"]),
            (["SCAN ENGINE 23.600.1006"], ["engine-version": "23.600.1006"]),
            (["ＳｅｒｖｅｒＰｒｏｔｅｃｔ　５．８ Build 1234"], ["program-version": "5.8 Build 1234"]),
            (["パターンファイル 19.555.00"], ["pattern-version": "19.555.00"]),
        ])
    func versionNotes(lines: [String], expected: [String: String]) {
        #expect(VersionNote.versions(in: lines) == expected)
    }
}
