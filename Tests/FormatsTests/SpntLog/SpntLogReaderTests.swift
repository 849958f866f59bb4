import CaseFixtures
import Formats
import Foundation
import Testing

@Suite struct SpntLogReaderTests {
    /// The incident instant in Tokyo wall-clock time, computed with Foundation's calendar.
    static func tokyo(_ offset: TimeInterval) -> WallClockTime? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: FixtureClock.incident.addingTimeInterval(offset))
        return WallClockTime(
            year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!,
            minute: parts.minute!, second: parts.second!)
    }

    static func withoutMilliseconds(_ time: WallClockTime?) -> WallClockTime? {
        time.flatMap {
            WallClockTime(
                year: $0.year, month: $0.month, day: $0.day, hour: $0.hour, minute: $0.minute,
                second: $0.second)
        }
    }

    @Test(
        "the log's span is read in every timestamp layout and encoding, at any block size",
        arguments: SpntLogWriter.TimestampStyle.allCases, [TextEncoding.cp932, .utf8, .utf16LE])
    func span(style: SpntLogWriter.TimestampStyle, encoding: TextEncoding) {
        let bytes = SpntLogWriter.log(outcome: .connectFailed, style: style, encoding: encoding)
        let summary = EvidenceTestSupport.parse(SpntLogReader(), bytes)
        #expect(EvidenceTestSupport.parse(SpntLogReader(), bytes, blockSize: 7) == summary)
        let written = SpntLogWriter.log(outcome: .connectFailed, style: style, encoding: .utf8)
        let lineBreaks = zip(written, written.dropFirst()).filter { $0 == (0x0D, 0x0A) }.count
        #expect(summary.lines == lineBreaks)
        #expect(summary.timestampedLines == lineBreaks)
        // The log starts an hour before the incident and ends ten minutes after it.
        #expect(Self.withoutMilliseconds(summary.firstTime) == Self.tokyo(-3600))
        #expect(Self.withoutMilliseconds(summary.lastTime) == Self.tokyo(600))
        #expect(summary.dayFirstDates == (style == .dayFirstBracketed))
        #expect(summary.encoding == encoding)
        #expect(summary.productMentions >= 2)
    }

    @Test("SMTP and notification lines are picked out with their line numbers, times and keywords")
    func notableLines() throws {
        let summary = EvidenceTestSupport.parse(SpntLogReader(), SpntLogWriter.log(outcome: .connectFailed))
        let failure = try #require(summary.notableLines.first { $0.text.contains("connect failed") })
        #expect(failure.line == 7)  // the 7th line the writer emits for a failed connection
        #expect(Self.withoutMilliseconds(failure.time) == Self.tokyo(21))
        #expect(failure.keywords.contains("smtp"))
        #expect(failure.keywords.contains("fail"))
        let japanese = try #require(summary.notableLines.first { $0.text.contains("通知メール") })
        #expect(japanese.keywords.contains("mail"))
        #expect(japanese.keywords.contains("notification"))
        #expect(summary.notableLineCount == summary.notableLines.count)
        #expect(!summary.notableLines.contains { $0.text.contains("Scheduled scan finished") })
    }

    @Test(
        "a line's keywords are found in English and Japanese alike, in a line mixing both",
        arguments: [
            ("SMTP server connect failed", ["smtp", "connect", "fail"]),
            ("SMTPサーバへの接続に失敗しました", ["smtp", "connect", "fail"]),
            ("通知メールを送信しました (mail sent)", ["mail", "send", "notification"]),
            ("Scheduled scan finished", []),
        ])
    func keywords(line: String, expected: [String]) throws {
        let summary = EvidenceTestSupport.parse(SpntLogReader(), Array((line + "\r\n").utf8))
        #expect(summary.notableLines.first?.keywords ?? [] == expected)
    }

    @Test("the notable-line limit bounds what is kept, not what is counted")
    func limit() {
        let summary = EvidenceTestSupport.parse(SpntLogReader(notableLimit: 2), SpntLogWriter.log(outcome: .sent))
        #expect(summary.notableLines.count == 2)
        #expect(summary.notableLineCount > 2)
    }

    @Test(
        "timestamp layouts",
        arguments: [
            ("2026/11/20 10:05:30 start", "2026-11-20T10:05:30"),
            ("2026-11-20 10:05:30.123 x", "2026-11-20T10:05:30.123"),
            ("2026-11-20T10:05:30,5 x", "2026-11-20T10:05:30.500"),
            ("11/20/2026 10:05:30 x", "2026-11-20T10:05:30"),
            ("[20/11/2026 10:05:30] x", "2026-11-20T10:05:30"),
            ("Nov 20 10:05:30 2026 x", "2026-11-20T10:05:30"),
            ("Fri Nov 20 10:05:30.250 2026 x", "2026-11-20T10:05:30.250"),
            ("pid 1234: 2026/11/20 9:05:30 x", "2026-11-20T09:05:30"),
        ])
    func layouts(line: String, expected: String) {
        #expect(LogTimestampScanner.scan(line)?.time.description == expected)
    }

    @Test(
        "no timestamp in version numbers, syslog stamps without year, or impossible dates",
        arguments: [
            "version 10.0.17763 build 1513", "Nov 20 10:05:30 host postfix/smtpd[1]: connect", "2026/13/40 10:05:30",
            "2026/11/20 25:05:30", "",
        ])
    func notTimestamps(line: String) {
        #expect(LogTimestampScanner.scan(line) == nil)
    }

    @Test("ambiguous day/month dates follow the file's unambiguous ones")
    func ambiguousDates() {
        let dayFirst = "03/04/2026 10:00:00 a\r\n25/04/2026 10:00:00 b\r\n"
        let summary = EvidenceTestSupport.parse(SpntLogReader(), Array(dayFirst.utf8))
        #expect(summary.dayFirstDates)
        #expect(summary.firstTime?.description == "2026-04-03T10:00:00")
        let monthFirstLog = "03/04/2026 10:00:00 a\n04/25/2026 1:00:00 b\n"
        let monthFirst = EvidenceTestSupport.parse(SpntLogReader(), Array(monthFirstLog.utf8))
        #expect(!monthFirst.dayFirstDates)
        #expect(monthFirst.firstTime?.description == "2026-03-04T10:00:00")
    }

    @Test("hostile input: garbage and a 10 MB line stay bounded")
    func hostile() {
        let huge =
            Array("2026/11/20 10:05:30 ".utf8) + [UInt8](repeating: 0x61, count: 10 << 20)
            + Array("\nend\n".utf8)
        let summary = EvidenceTestSupport.parse(SpntLogReader(), huge, blockSize: 1 << 16)
        #expect(summary.lines == 2)
        #expect(summary.truncatedLines == 1)
        #expect(summary.firstTime?.description == "2026-11-20T10:05:30")
        var state: UInt32 = 7
        let garbage = (0..<100_000).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        let fromGarbage = EvidenceTestSupport.parse(SpntLogReader(), garbage, blockSize: 7)
        #expect(fromGarbage.notableLines.count <= 200)
    }
}
