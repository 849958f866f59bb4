import Formats
import Foundation
import Testing

/// Syslog stamps (`Dec 31 23:59:59`) carry no year: the reader places them before the newest
/// time the log can reach — its modified time, or now.
struct SyslogYearTests {
    static let utc = TimeZone(identifier: "UTC")!

    static func instant(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    @Test(
        "Year-less stamps end no later than a day after the file's newest time",
        arguments: [
            // A November log read in November: the year of the modified time.
            (
                "Nov 20 10:05:00 mx postfix/smtp[1]: A1: to=<a@b>, status=sent (ok)\n",
                "2026-11-20T10:06:00Z", "2026-11-20T10:05:00Z", "2026-11-20T10:05:00Z"
            ),
            // A December log modified in January: last year.
            (
                "Dec 30 09:00:00 mx postfix/smtp[1]: A1: to=<a@b>, status=sent (ok)\n",
                "2027-01-04T08:00:00Z", "2026-12-30T09:00:00Z", "2026-12-30T09:00:00Z"
            ),
            // A log across New Year, modified on 2 January: December of last year, then January.
            (
                "Dec 31 23:59:00 mx postfix/smtp[1]: A1: to=<a@b>, status=sent (ok)\n"
                    + "Jan  1 00:01:00 mx postfix/smtp[1]: A2: to=<a@b>, status=sent (ok)\n",
                "2027-01-02T00:00:00Z", "2026-12-31T23:59:00Z", "2027-01-01T00:01:00Z"
            ),
            // Stamps a few hours after the modified time (the file was copied before its last write) stay.
            (
                "Nov 20 23:00:00 mx postfix/smtp[1]: A1: to=<a@b>, status=sent (ok)\n",
                "2026-11-20T10:00:00Z", "2026-11-20T23:00:00Z", "2026-11-20T23:00:00Z"
            ),
        ])
    func placedBeforeNewest(text: String, newest: String, earliest: String, latest: String) {
        let reader = MailServerLogReader(newest: Self.instant(newest), timeZone: Self.utc)
        let summary = MailTestSupport.parse(reader, Array(text.utf8))
        #expect(summary.earliest == Self.instant(earliest))
        #expect(summary.latest == Self.instant(latest))
        #expect(summary.listedLines.last?.time == Self.instant(latest))
    }

    @Test("A year the caller gives is kept, whatever the newest time")
    func givenYearKept() {
        let text = "Dec 30 09:00:00 mx postfix/smtp[1]: A1: to=<a@b>, status=sent (ok)\n"
        let reader = MailServerLogReader(year: 2030, newest: Self.instant("2027-01-04T08:00:00Z"), timeZone: Self.utc)
        let summary = MailTestSupport.parse(reader, Array(text.utf8))
        #expect(summary.latest == Self.instant("2030-12-30T09:00:00Z"))
    }

    @Test("Stamps with their own year are never moved")
    func datedStampsKept() {
        let text = "2026-12-30T09:00:00Z mx postfix/smtp[1]: A1: to=<a@b>, status=sent (ok)\n"
        let reader = MailServerLogReader(newest: Self.instant("2026-06-01T00:00:00Z"), timeZone: Self.utc)
        let summary = MailTestSupport.parse(reader, Array(text.utf8))
        #expect(summary.latest == Self.instant("2026-12-30T09:00:00Z"))
    }
}
