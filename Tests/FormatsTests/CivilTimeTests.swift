import Foundation
import Testing

@testable import Formats

/// A time's calendar fields, worked out with integers, agree with Foundation's Gregorian calendar
/// at every offset, and are written as `%04d-%02d-%02d` would write them.
@Suite struct CivilTimeTests {
    /// The fields Foundation's calendar gives for `date` in the zone `offset` seconds east of UTC.
    static func calendarFields(_ date: Date, offset: Int) -> [Int] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return [parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!]
    }

    static func fields(_ time: CivilTime) -> [Int] {
        [time.year, time.month, time.day, time.hour, time.minute, time.second]
    }

    @Test("the fields equal the Gregorian calendar's, from 1583 to 9999, at offsets either side of UTC")
    func agreesWithTheCalendar() throws {
        // 1583: before October 1582 Foundation's Gregorian calendar counts Julian days.
        let first = MicrosecondTime.date(seconds: -12_212_553_600, microseconds: 0)  // 1583-01-01
        let last = MicrosecondTime.date(seconds: 253_402_300_799, microseconds: 0)  // 9999-12-31 23:59:59
        var generator = SplitMix(seed: 0x5EED)
        let span = UInt64(last.timeIntervalSince(first))
        for _ in 0..<20_000 {
            let seconds = Int64(first.timeIntervalSince1970) + Int64(generator.next() % span)
            let date = MicrosecondTime.date(seconds: seconds, microseconds: Int64(generator.next() % 1_000_000))
            for offset in [0, 9 * 3600, -(3 * 3600 + 30 * 60), 14 * 3600, -12 * 3600] {
                let time = try #require(CivilTime(date, offset: offset))
                #expect(Self.fields(time) == Self.calendarFields(date, offset: offset), "\(seconds) at \(offset)")
            }
        }
    }

    @Test("leap days, the turn of a year and times before 1970 fall on the right day")
    func edges() throws {
        let cases: [(seconds: Int64, offset: Int, fields: [Int])] = [
            (951_782_400, 0, [2000, 2, 29, 0, 0, 0]),  // 2000 is a leap year
            (4_107_456_000 + 86_400, 0, [2100, 3, 1, 0, 0, 0]),  // 2100 is not: March follows February 28
            (1_798_732_799, 9 * 3600, [2027, 1, 1, 0, 59, 59]),  // the new year in Tokyo, 2026 in UTC
            (-1, 0, [1969, 12, 31, 23, 59, 59]),
            (0, -3600, [1969, 12, 31, 23, 0, 0]),
        ]
        for (seconds, offset, fields) in cases {
            let time = try #require(CivilTime(MicrosecondTime.date(seconds: seconds, microseconds: 0), offset: offset))
            #expect(Self.fields(time) == fields, "\(seconds) at \(offset)")
        }
    }

    @Test("microseconds are kept as the date holds them")
    func microseconds() throws {
        let time = try #require(CivilTime(MicrosecondTime.date(seconds: 1_763_600_702, microseconds: 921_507)))
        #expect(time.microsecond == 921_507)
        #expect(time.text(separator: "T") == "2025-11-20T01:05:02")
    }

    @Test("numbers are padded as %0Nd pads them, the minus sign within the width")
    func padding() {
        for (value, width) in [(7, 2), (42, 2), (2026, 4), (5, 4), (123_456, 4), (-1, 4), (0, 6), (921, 6)] {
            var text = ""
            CivilTime.append(value, width: width, to: &text)
            #expect(text == String(format: "%0\(width)d", value))
        }
        #expect(CivilTime.offsetText(9 * 3600) == "+09:00")
        #expect(CivilTime.offsetText(-(3 * 3600 + 30 * 60)) == "-03:30")
        #expect(CivilTime.offsetText(0) == "+00:00")
    }

    @Test("a date no parser makes, beyond ±10¹⁵ s, has no fields")
    func outOfRange() {
        #expect(CivilTime(Date(timeIntervalSince1970: 1e16)) == nil)
        #expect(CivilTime(Date(timeIntervalSince1970: -.infinity)) == nil)
    }
}
