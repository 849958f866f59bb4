import Foundation

/// Reads the time stamp at the start of a mail log line: syslog `Mmm dd hh:mm:ss` (no year, no
/// zone: RFC 3164 §4.1.2), ISO 8601 (`2024-01-07T00:00:07.463Z`, rsyslog high precision) and
/// Exim's `2024-01-07 10:05:30`. The year of syslog stamps advances when the month falls back
/// from December to January.
struct LogTimestamp {
    private var year: Int
    private var previousMonth = 0
    /// A syslog stamp (no year) was read.
    private(set) var sawYearless = false
    /// A stamp with its own year was read.
    private(set) var sawYeared = false
    private let calendar: Calendar

    init(year: Int, timeZone: TimeZone) {
        self.year = year
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The stamp as written and its time, or nil when the line starts with none.
    mutating func read(_ line: Substring) -> (stamp: String, time: Date?)? {
        let head = Array(line.utf8.prefix(40))  // room for nine fraction digits and a zone
        if head.count >= 15, let month = Self.months.firstIndex(of: String(decoding: head[0..<3], as: UTF8.self)),
            head[3] == 0x20, let day = Self.number(head[4..<6]), head[6] == 0x20,
            let hour = Self.number(head[7..<9]), let minute = Self.number(head[10..<12]),
            let second = Self.number(head[13..<15])
        {
            let monthNumber = month &+ 1
            // Syslog order: a month far below the previous one is the next year (Dec → Jan).
            if previousMonth &- monthNumber >= 6 { year &+= 1 }
            previousMonth = monthNumber
            sawYearless = true
            let time = date(year, monthNumber, day, hour, minute, second, zone: nil)
            return (String(decoding: head[0..<15], as: UTF8.self), time)
        }
        if head.count >= 19, head[4] == 0x2D, head[7] == 0x2D, head[10] == 0x54 || head[10] == 0x20,
            let year = Self.number(head[0..<4]), let month = Self.number(head[5..<7]),
            let day = Self.number(head[8..<10]),
            let hour = Self.number(head[11..<13]), let minute = Self.number(head[14..<16]),
            let second = Self.number(head[17..<19])
        {
            sawYeared = true
            var end = 19
            var zone: TimeZone?
            // Fraction digits past the microsecond are dropped, as everywhere times are published.
            var microseconds: Int64 = 0
            if end < head.count, head[end] == 0x2E {
                end &+= 1
                var scale: Int64 = 100_000
                while end < head.count, (0x30...0x39).contains(head[end]) {
                    microseconds &+= Int64(head[end] &- 0x30) &* scale
                    scale /= 10
                    end &+= 1
                }
            }
            if end < head.count, head[end] == 0x5A {  // "Z"
                zone = TimeZone(identifier: "UTC")
                end &+= 1
            } else if end &+ 6 <= head.count, head[end] == 0x2B || head[end] == 0x2D,
                let zoneHours = Self.number(head[(end &+ 1)..<(end &+ 3)]),
                let zoneMinutes = Self.number(head[(end &+ 4)..<(end &+ 6)])
            {
                let sign = head[end] == 0x2D ? -1 : 1
                zone = TimeZone(secondsFromGMT: sign &* (zoneHours &* 3600 &+ zoneMinutes &* 60))
                end &+= 6
            }
            let stamp = String(decoding: head[0..<end], as: UTF8.self)
            let whole = date(year, month, day, hour, minute, second, zone: zone)
            return (
                stamp,
                whole.map {
                    MicrosecondTime.date(seconds: Int64($0.timeIntervalSince1970.rounded()), microseconds: microseconds)
                }
            )
        }
        return nil
    }

    private func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int,
        zone: TimeZone?
    ) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        components.timeZone = zone ?? calendar.timeZone
        return calendar.date(from: components)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte == 0x20 && digits == 0 { continue }  // syslog pads the day with a space
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value &* 10 &+ Int(byte &- 0x30)
            digits &+= 1
        }
        return digits > 0 ? value : nil
    }
}
