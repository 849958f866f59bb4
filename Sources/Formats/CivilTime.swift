import Foundation

/// A time's calendar fields at a UTC offset (proleptic Gregorian, as ISO 8601 counts), worked out
/// with integers from the whole seconds and microseconds `MicrosecondTime` gives.
///
/// Reports and summary.json write thousands of times for a capture of many sessions; a
/// `Calendar` asked for each one's fields cost more than the rest of writing them.
public struct CivilTime: Sendable, Equatable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    public let microsecond: Int

    /// The fields of `date` seen `offset` seconds east of UTC; nil for a date beyond ±10¹⁵ s.
    public init?(_ date: Date, offset: Int = 0) {
        guard let (seconds, micros) = MicrosecondTime.parts(of: date) else { return nil }
        let (days, ofDay) = MicrosecondTime.floorDivision(seconds + Int64(offset), 86_400)
        (year, month, day) = Self.civil(daysSinceUnixEpoch: Int(days))
        (hour, minute, second) = (Int(ofDay) / 3600, Int(ofDay) / 60 % 60, Int(ofDay) % 60)
        microsecond = Int(micros)
    }

    /// `2026-11-20` and `10:05:02` joined by `separator` (`T` for ISO 8601, a space for people).
    public func text(separator: String) -> String {
        var text = ""
        text.reserveCapacity(26)
        Self.append(year, width: 4, to: &text)
        text += "-"
        Self.append(month, width: 2, to: &text)
        text += "-"
        Self.append(day, width: 2, to: &text)
        text += separator
        Self.append(hour, width: 2, to: &text)
        text += ":"
        Self.append(minute, width: 2, to: &text)
        text += ":"
        Self.append(second, width: 2, to: &text)
        return text
    }

    /// `+09:00`, `-03:30`: an offset from UTC in seconds as hours and minutes.
    public static func offsetText(_ offset: Int) -> String {
        var text = offset < 0 ? "-" : "+"
        append(abs(offset) / 3600, width: 2, to: &text)
        text += ":"
        append(abs(offset) % 3600 / 60, width: 2, to: &text)
        return text
    }

    /// `value` in decimal, zero-padded to `width` characters as `%0<width>d` pads (a minus sign
    /// counts in the width).
    public static func append(_ value: Int, width: Int, to text: inout String) {
        let digits = String(value.magnitude)
        if value < 0 { text += "-" }
        let padding = width - digits.utf8.count - (value < 0 ? 1 : 0)
        if padding > 0 { text += String(repeating: "0", count: padding) }
        text += digits
    }

    /// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's
    /// civil-from-days method).
    static func civil(daysSinceUnixEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days-from-civil method).
    static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
