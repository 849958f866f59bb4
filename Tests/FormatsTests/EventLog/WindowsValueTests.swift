import Foundation
import Testing

@testable import Formats

/// Event times and message inserts as the reader renders them.
@Suite struct WindowsValueTests {
    @Test("a FILETIME is 100 ns ticks since 1601-01-01 UTC, shown with seven fraction digits")
    func fileTimes() throws {
        let epoch: UInt64 = 116_444_736_000_000_000  // 1970-01-01 by the FILETIME definition
        #expect(WindowsTime.date(fileTime: epoch) == Date(timeIntervalSince1970: 0))
        #expect(WindowsTime.text(fileTime: epoch) == "1970-01-01T00:00:00.0000000Z")
        let whole = try #require(ISO8601DateFormatter().date(from: "2019-04-27T21:06:49Z")).timeIntervalSince1970
        let ticks = epoch + UInt64(whole) * 10_000_000 + 3_416_672
        #expect(WindowsTime.text(fileTime: ticks) == "2019-04-27T21:06:49.3416672Z")
        let date = try #require(WindowsTime.date(fileTime: ticks))
        #expect(abs(date.timeIntervalSince1970 - (whole + 0.341_667_2)) < 1e-6)
        #expect(WindowsTime.date(fileTime: 0) == nil)
    }

    @Test("forwarded events carry the time as text, with up to nine fraction digits")
    func textTimes() throws {
        let date = try #require(WindowsTime.date(iso8601: "2021-11-19T16:52:33.833733500Z"))
        let whole = try #require(ISO8601DateFormatter().date(from: "2021-11-19T16:52:33Z")).timeIntervalSince1970
        #expect(abs(date.timeIntervalSince1970 - (whole + 0.8337335)) < 1e-6)
        #expect(WindowsTime.date(iso8601: "not a time") == nil)
    }

    @Test(
        "UserData leaf strings, from a nested BinXML value, are the event's inserts",
        .enabled(if: EventLogSamples.available, "samples not found at ../shared/samples: skipped"))
    func userDataInserts() throws {
        // The 104 "log cleared" event keeps its inserts in UserData/LogFileCleared; values as the
        // Rust evtx parser shows them (records_json of DE_104_system_log_cleared.evtx).
        let bytes = try EventLogSamples.bytes("EVTX-ATTACK-SAMPLES/DE_104_system_log_cleared.evtx")
        let summary = stream(bytes, into: EventLogReader(keep: { _ in true }), blockSize: 4096)
        let record = try #require(summary.keptRecords.first)
        #expect(record.eventID == 104)
        // SubjectUserName, SubjectDomainName, Channel, and BackupPath (empty); namespaces are not inserts.
        #expect(record.dataStrings == ["user01", "EXAMPLE", "System", ""])
    }
}
