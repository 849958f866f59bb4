import Foundation

/// Conversions of the Windows time stamps found in event logs to `Date`.
enum WindowsTime {
    /// 100 ns intervals between 1601-01-01 and 1970-01-01 [EVTX FILETIME].
    private static let unixEpochTicks: Int64 = 116_444_736_000_000_000

    /// A FILETIME (100 ns since 1601-01-01 UTC) truncated to the microsecond, in integers as the
    /// Rust evtx parser and libevtx do; nil for 0, which Windows writes for "no time".
    static func date(fileTime: UInt64) -> Date? {
        guard fileTime != 0, fileTime < UInt64(Int64.max) else { return nil }
        return MicrosecondTime.date(Int64(fileTime) &- unixEpochTicks, perSecond: 10_000_000)
    }

    /// A civil UTC time; nil when a field is out of range.
    static func date(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microseconds: Int = 0
    ) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            (0..<1_000_000).contains(microseconds)
        else { return nil }
        let days = CivilTime.daysSinceUnixEpoch(year: year, month: month, day: day)
        return MicrosecondTime.date(
            seconds: Int64(days * 86_400 + hour * 3_600 + minute * 60 + second), microseconds: Int64(microseconds))
    }

    /// Parses the ISO 8601 form forwarded events carry as text: "2021-11-19T16:52:33.8337335Z",
    /// digits past the microsecond dropped.
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
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var microseconds = 0
        if bytes.count > 20, bytes[19] == UInt8(ascii: ".") {
            var scale = 100_000
            for byte in bytes[20...] {
                guard byte >= 48, byte <= 57 else { break }
                microseconds += Int(byte - 48) * scale
                scale /= 10
            }
        }
        return date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            microseconds: microseconds)
    }

    /// A FILETIME as Windows' XML view writes it: "2019-04-27T21:06:49.3416672Z" (100 ns digits).
    static func text(fileTime: UInt64) -> String {
        guard fileTime < UInt64(Int64.max) else { return "" }
        let ticks = Int64(fileTime)
        let days = Int(ticks / 864_000_000_000) - 134_774  // 1601-01-01 is 134774 days before 1970-01-01
        let ofDay = Int(ticks % 864_000_000_000)
        return text(days: days, seconds: ofDay / 10_000_000, ticks: ofDay % 10_000_000)
    }

    /// A SYSTEMTIME's fields as ISO 8601 text with 100 ns digits.
    static func text(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, milliseconds: Int
    ) -> String {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return "" }
        return text(
            days: CivilTime.daysSinceUnixEpoch(year: year, month: month, day: day),
            seconds: hour * 3600 + minute * 60 + second, ticks: milliseconds * 10_000)
    }

    private static func text(days: Int, seconds: Int, ticks: Int) -> String {
        let (year, month, day) = CivilTime.civil(daysSinceUnixEpoch: days)
        var text = ""
        text.reserveCapacity(28)
        for (value, width, after) in [
            (year, 4, "-"), (month, 2, "-"), (day, 2, "T"), (seconds / 3600, 2, ":"), (seconds / 60 % 60, 2, ":"),
            (seconds % 60, 2, "."), (ticks, 7, "Z"),
        ] {
            CivilTime.append(value, width: width, to: &text)
            text += after
        }
        return text
    }
}
