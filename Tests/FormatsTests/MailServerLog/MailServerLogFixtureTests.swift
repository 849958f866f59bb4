import CaseFixtures
import Formats
import Foundation
import Testing

/// The incident's maillog and Exchange tracking fixtures, read for the ServerProtect server.
struct MailServerLogFixtureTests {
    static let tokyo = TimeZone(secondsFromGMT: 9 * 3600)!

    @Test("Postfix: smtpd → qmgr → filter → queued as → sent is followed; the second notification is deferred")
    func postfixTrail() {
        let reader = MailServerLogReader(
            clientAddresses: [MailServerLogFixtureWriter.serverProtectAddress],
            clientNames: [], year: 2026, timeZone: Self.tokyo)
        let summary = MailTestSupport.parse(reader, MailServerLogFixtureWriter.postfixMaillog(), blockSize: 7)
        #expect(summary.application == .postfix)
        #expect(summary.statusCounts.sent == 3)
        #expect(summary.statusCounts.deferred == 1)
        #expect(summary.earliest == FixtureClock.incident.addingTimeInterval(-2))
        let listed = summary.listedLines.map(\.text)
        #expect(listed.contains { $0.contains("4B7D2C0456: to=<admin@example.co.jp>") && $0.contains("status=sent") })
        #expect(listed.contains { $0.contains("6A1B2C0999") && $0.contains("status=deferred") })
        #expect(!listed.contains { $0.contains("5D8E3C0789") })
        #expect(summary.listedLines.filter { $0.status == "sent" }.count == 2)
    }

    @Test("Postfix: the host name alone finds the same lines as the address")
    func byName() {
        let bytes = MailServerLogFixtureWriter.postfixMaillog()
        let byAddress = MailTestSupport.parse(
            MailServerLogReader(clientAddresses: [MailServerLogFixtureWriter.serverProtectAddress], year: 2026), bytes)
        let byName = MailTestSupport.parse(
            MailServerLogReader(clientNames: [MailServerLogFixtureWriter.serverProtectName], year: 2026), bytes)
        #expect(byName.listedLines == byAddress.listedLines)
    }

    @Test("Exchange: RECEIVE from the server, then SEND and FAIL of the same message ids")
    func exchangeTrail() {
        let reader = MailServerLogReader(clientAddresses: [MailServerLogFixtureWriter.serverProtectAddress])
        let summary = MailTestSupport.parse(reader, MailServerLogFixtureWriter.exchangeTrackingLog(), blockSize: 7)
        #expect(summary.application == .exchangeTracking)
        #expect(summary.commentLines == 5)
        #expect(summary.lines == 10)
        #expect(summary.listedLines.count == 4)
        #expect(summary.listedLines.map(\.status) == [nil, "sent", nil, "bounced"])
        #expect(microsecondsSince1970(summary.earliest) == 1_795_136_698_120_000)  // 2026-11-20T01:04:58.120Z
    }

    @Test(
        "earliest/latest: syslog rolls over at Dec → Jan; ISO fractions are truncated to the microsecond",
        arguments: [
            (
                "Dec 31 23:59:59 mx postfix/smtp[1]: ABCDEF1: to=<a@b>, status=sent (ok)\n"
                    + "Jan  1 00:00:01 mx postfix/smtp[1]: ABCDEF2: to=<a@b>, status=deferred (later)\n",
                2025, Int64(1_767_225_599_000_000), Int64(1_767_225_601_000_000)
            ),
            (
                "2026-11-20T10:05:30.9999999+09:00 mx postfix/smtp[1]: ABCDEF1: to=<a@b>, status=sent (ok)\n"
                    + "2026-11-20T10:05:30.1234567+09:00 mx postfix/smtp[1]: ABCDEF2: to=<a@b>, status=sent (ok)\n",
                2026, 1_795_136_730_123_456, 1_795_136_730_999_999
            ),
        ])
    func earliestAndLatest(text: String, year: Int, earliest: Int64, latest: Int64) {
        let summary = MailTestSupport.parse(MailServerLogReader(year: year), Array(text.utf8))
        #expect(microsecondsSince1970(summary.earliest) == earliest)
        #expect(microsecondsSince1970(summary.latest) == latest)
    }

}
