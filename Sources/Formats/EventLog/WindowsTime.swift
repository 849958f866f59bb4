import Foundation

/// Conversions of the Windows time stamps found in event logs to `Date`.
enum WindowsTime {
    /// 100 ns intervals between 1601-01-01 and 1970-01-01 [EVTX FILETIME].
    private static let unixEpochTicks: Int64 = 116_444_736_000_000_000

    /// A FILETIME (100 ns since 1601-01-01 UTC); nil for 0, which Windows writes for "no time".
    static func date(fileTime: UInt64) -> Date? {
        guard fileTime != 0, fileTime < UInt64(Int64.max) else { return nil }
        let ticks = Int64(fileTime) &- unixEpochTicks
        let seconds = ticks / 10_000_000
        let remainder = ticks % 10_000_000
        return Date(timeIntervalSince1970: Double(seconds) + Double(remainder) / 10_000_000)
    }

    /// A civil UTC time; nil when a field is out of range.
    static func date(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, fraction: Double = 0
    ) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = daysSinceUnixEpoch(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 + second)
        return Date(timeIntervalSince1970: seconds + fraction)
    }

    /// Parses the ISO 8601 form forwarded events carry as text: "2021-11-19T16:52:33.8337335Z".
    static func date(iso8601 text: String) -> Date? {
        let bytes = Array(text.utf8.prefix(40))
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + length)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var fraction = 0.0
        if bytes.count > 20, bytes[19] == UInt8(ascii: ".") {
            var scale = 0.1
            for byte in bytes[20...] {
                guard byte >= 48, byte <= 57 else { break }
                fraction += Double(byte - 48) * scale
                scale /= 10
            }
        }
        return date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, fraction: fraction)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil-days method).
    private static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
