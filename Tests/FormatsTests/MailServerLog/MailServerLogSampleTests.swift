import Formats
import Foundation
import Testing

/// The real mail-server logs of the shared corpus; counts, stamps and line totals are MANIFEST.md's
/// ground truth.
@Suite(.enabled(if: MailTestSupport.samplesAvailable, "../shared/samples is absent: sample tests skipped"))
struct MailServerLogSampleTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var lines: Int
        var first: String
        var last: String
        var sent = 0
        var deferred = 0
        var bounced = 0
        var description: String { file }
    }

    static let postfix: [Expectation] = [
        .init(
            file: "postfix/kdent-postfix_log_analysis-mail.log", lines: 6646, first: "Oct 22 02:12:45",
            last: "Oct 22 17:10:03", sent: 504, deferred: 91, bounced: 7),
        .init(
            file: "postfix/Anantg21-maillog", lines: 29, first: "May 18 22:31:10", last: "May 21 04:05:53",
            sent: 4, deferred: 2),
        .init(
            file: "postfix/shlomif-postfix-problem-maillog", lines: 11, first: "Oct  2 18:37:35",
            last: "Oct  2 18:38:01"),
        .init(
            file: "postfix/fail2ban-tests-postfix.log", lines: 203, first: "Feb 21 09:21:54",
            last: "Feb 18 09:50:05"),
        .init(
            file: "postfix/lHydra-postfix_parser-mail.log", lines: 9, first: "Mar 15 06:25:12",
            last: "Feb 20 22:56:51"),
    ]

    @Test("Postfix logs give MANIFEST's line count, first/last stamp and status counts", arguments: postfix)
    func postfixFacts(expected: Expectation) throws {
        let summary = MailTestSupport.parse(
            MailServerLogReader(year: 2026),
            try MailTestSupport.sample("maillog/" + expected.file))
        #expect(summary.application == .postfix)
        #expect(summary.lines == expected.lines)
        #expect(summary.firstStamp == expected.first)
        #expect(summary.lastStamp == expected.last)
        #expect(summary.statusCounts.sent == expected.sent)
        #expect(summary.statusCounts.deferred == expected.deferred)
        #expect(summary.statusCounts.bounced == expected.bounced)
    }

    @Test("kdent's day spans 02:12:45 to 17:10:03 on Oct 22 of the given year; 7-byte blocks agree")
    func kdentTimeRange() throws {
        let bytes = try MailTestSupport.sample("maillog/postfix/kdent-postfix_log_analysis-mail.log")
        let summary = MailTestSupport.parse(MailServerLogReader(year: 2015), bytes)
        let utc = ISO8601DateFormatter()
        #expect(summary.earliest == utc.date(from: "2015-10-22T02:12:45Z"))
        #expect(summary.latest == utc.date(from: "2015-10-22T17:10:03Z"))
        #expect(summary.listedLines.count == MailServerLogReader.recentDeliveries)
        #expect(MailTestSupport.parse(MailServerLogReader(year: 2015), bytes, blockSize: 7) == summary)
    }

    @Test("kdent: one client's queue ids are followed to their deliveries")
    func kdentClientTrail() throws {
        let bytes = try MailTestSupport.sample("maillog/postfix/kdent-postfix_log_analysis-mail.log")
        let summary = MailTestSupport.parse(MailServerLogReader(clientAddresses: ["68.232.197.17"], year: 2015), bytes)
        // The log itself: E2C08243CB was received from 68.232.197.17 (client=mta.vetstreetmail.com[...]).
        let clientLine = "E2C08243CB: client=mta.vetstreetmail.com[68.232.197.17]"
        #expect(summary.listedLines.contains { $0.text.contains(clientLine) })
        #expect(summary.listedLines.allSatisfy { $0.text.contains("68.232.197.17") || $0.messageID != nil })
        let text = String(decoding: bytes, as: UTF8.self)
        let idLines = text.split(separator: "\n").filter { $0.contains(": E2C08243CB: ") }
        #expect(idLines.allSatisfy { line in summary.listedLines.contains { $0.text == line } })
    }

    @Test(
        "qmail and Exchange logs are recognised with MANIFEST's time range",
        arguments: [
            (
                "qmail/fail2ban-tests-qmail.log", MailServerLogSignature.Application.qmail, 10, "Sep  6 07:33:33",
                "Jun 30 15:13:55"
            ),
            (
                "exchange/elastic-integrations-test-messagetracking.log", .exchangeTracking, 6,
                "2024-01-25T15:16:09.843Z",
                "2025-01-14T09:28:39.334Z"
            ),
        ])
    func otherApplications(
        file: String, application: MailServerLogSignature.Application, lines: Int,
        first: String, last: String
    ) throws {
        let bytes = try MailTestSupport.sample("maillog/" + file)
        let summary = MailTestSupport.parse(MailServerLogReader(year: 2004), bytes)
        #expect(summary.application == application)
        #expect(summary.lines == lines)
        #expect(summary.firstStamp == first)
        #expect(summary.lastStamp == last)
    }

    @Test("the Exchange rows span MANIFEST's first_ts .. last_ts (earliest and latest)")
    func exchangeRange() throws {
        let summary = MailTestSupport.parse(
            MailServerLogReader(),
            try MailTestSupport.sample("maillog/exchange/elastic-integrations-test-messagetracking.log"))
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let earliest = try #require(summary.earliest), latest = try #require(summary.latest)
        let expectedEarliest = try #require(iso.date(from: "2024-01-07T00:00:07.463Z"))
        let expectedLatest = try #require(iso.date(from: "2025-01-14T09:29:05.327Z"))
        #expect(abs(earliest.timeIntervalSince(expectedEarliest)) < 0.0005)
        #expect(abs(latest.timeIntervalSince(expectedLatest)) < 0.0005)
        // SEND and SENDEXTERNAL rows (MANIFEST event_ids).
        #expect(summary.statusCounts.sent == 2)
    }

    @Test("qmail-send's TEST.deliver examples are qmail with deliveries counted")
    func qmailDeliver() throws {
        let summary = MailTestSupport.parse(
            MailServerLogReader(),
            try MailTestSupport.sample("maillog/qmail/notqmail-TEST.deliver.md"))
        #expect(summary.application == .qmail)
        #expect(summary.lines == 110)
        // grep "delivery N: success|failure" in the file: three successes, one failure.
        #expect(summary.statusCounts.sent == 3)
        #expect(summary.statusCounts.bounced == 1)
    }
}
