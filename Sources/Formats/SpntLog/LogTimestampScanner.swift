/// Finds a timestamp near the start of a log line in the layouts Windows programs write:
/// `2026/11/20 10:05:30`, `2026-11-20 10:05:30.123` (also `T` and `,123`),
/// `11/20/2026 10:05:30`, `[20/11/2026 10:05:30]`, `Nov 20 10:05:30 2026` (with or without
/// a weekday), with or without milliseconds.
///
/// A year-last date `a/b/yyyy` is month-first unless `a` > 12 (then day-first); the
/// reader decides a whole file's order from its unambiguous dates (`SpntLogReader`).
public enum LogTimestampScanner {
    /// A timestamp found in a line; `dayMonthAmbiguous` marks `a/b/yyyy` with both ≤ 12.
    public struct Found: Sendable, Equatable {
        /// The time read month-first (or in the only possible order).
        public var time: WallClockTime
        /// The same digits read day-first, when that reading differs and is valid.
        public var dayFirst: WallClockTime?
        /// What the digits say about day/month order.
        public var order: DateOrder = .yearFirst
        /// Whether the date could be read either way.
        public var dayMonthAmbiguous: Bool { dayFirst != nil }
    }

    /// What a date's digits say about the order of day and month.
    public enum DateOrder: Sendable, Equatable {
        /// `yyyy/mm/dd` or a month name: no question.
        case yearFirst
        /// `a/b/yyyy` readable only month-first (b > 12).
        case onlyMonthFirst
        /// `a/b/yyyy` readable only day-first (a > 12).
        case onlyDayFirst
        /// `a/b/yyyy` readable both ways.
        case either
    }

    /// How far into a line a timestamp is looked for.
    public static let searchWindow = 48

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The first timestamp in the first `searchWindow` characters of `line`.
    public static func scan(_ line: String) -> Found? {
        let bytes = Array(line.utf8.prefix(searchWindow &+ 24))
        var index = 0
        while index < min(bytes.count, searchWindow) {
            if isDigit(bytes, index), index == 0 || !isDigit(bytes, index &- 1),
                let found = numericDate(bytes, index)
            {
                return found
            }
            if isLetter(bytes, index), index == 0 || !isLetter(bytes, index &- 1), let found = monthName(bytes, index) {
                return found
            }
            index &+= 1
        }
        return nil
    }

    private static func numericDate(_ b: [UInt8], _ start: Int) -> Found? {
        var index = start
        guard let first = number(b, &index, maxDigits: 4), index < b.count, b[index] == 0x2F || b[index] == 0x2D
        else { return nil }
        let separator = b[index]
        index &+= 1
        guard let second = number(b, &index, maxDigits: 2), index < b.count, b[index] == separator else { return nil }
        index &+= 1
        guard let third = number(b, &index, maxDigits: 4) else { return nil }
        guard index < b.count, b[index] == 0x20 || b[index] == 0x54 else { return nil }  // " " or "T"
        index &+= 1
        while index < b.count, b[index] == 0x20 { index &+= 1 }
        guard let clock = clock(b, &index) else { return nil }
        if first.digits == 4 {
            return WallClockTime(
                year: first.value, month: second.value, day: third.value, hour: clock.0,
                minute: clock.1, second: clock.2, millisecond: clock.3
            ).map { Found(time: $0) }
        }
        guard third.digits == 4, separator == 0x2F else { return nil }
        let monthFirst = WallClockTime(
            year: third.value, month: first.value, day: second.value, hour: clock.0,
            minute: clock.1, second: clock.2, millisecond: clock.3)
        let dayFirst = WallClockTime(
            year: third.value, month: second.value, day: first.value, hour: clock.0,
            minute: clock.1, second: clock.2, millisecond: clock.3)
        switch (monthFirst, dayFirst) {
        case (let m?, let d?): return Found(time: m, dayFirst: m == d ? nil : d, order: m == d ? .yearFirst : .either)
        case (let m?, nil): return Found(time: m, order: .onlyMonthFirst)
        case (nil, let d?): return Found(time: d, order: .onlyDayFirst)
        case (nil, nil): return nil
        }
    }

    /// `Nov 20 10:05:30 2026` or `Nov 20 10:05:30.123 2026`; a year is required.
    private static func monthName(_ b: [UInt8], _ start: Int) -> Found? {
        guard start &+ 3 < b.count else { return nil }
        let name = String(decoding: b[start..<(start &+ 3)], as: UTF8.self).lowercased()
        guard let month = months.firstIndex(of: name) else { return nil }
        var index = start &+ 3
        while index < b.count, isLetter(b, index) { index &+= 1 }  // "November"
        guard index < b.count, b[index] == 0x20 else { return nil }
        while index < b.count, b[index] == 0x20 { index &+= 1 }
        guard let day = number(b, &index, maxDigits: 2), index < b.count, b[index] == 0x20 else { return nil }
        index &+= 1
        guard let clock = clock(b, &index), index < b.count, b[index] == 0x20 else { return nil }
        index &+= 1
        guard let year = number(b, &index, maxDigits: 4), year.digits == 4 else { return nil }
        return WallClockTime(
            year: year.value, month: month &+ 1, day: day.value, hour: clock.0, minute: clock.1,
            second: clock.2, millisecond: clock.3
        ).map { Found(time: $0) }
    }

    /// `hh:mm:ss` with an optional `.fff` or `,fff` fraction (milliseconds, extra digits ignored).
    private static func clock(_ b: [UInt8], _ index: inout Int) -> (Int, Int, Int, Int)? {
        guard let hour = number(b, &index, maxDigits: 2), index < b.count, b[index] == 0x3A else { return nil }
        index &+= 1
        guard let minute = number(b, &index, maxDigits: 2), minute.digits == 2, index < b.count, b[index] == 0x3A
        else { return nil }
        index &+= 1
        guard let second = number(b, &index, maxDigits: 2), second.digits == 2 else { return nil }
        var millisecond = 0
        if index &+ 1 < b.count, b[index] == 0x2E || b[index] == 0x2C, isDigit(b, index &+ 1) {
            index &+= 1
            var scale = 100
            while index < b.count, isDigit(b, index) {
                millisecond &+= Int(b[index] &- 0x30) &* scale
                scale /= 10
                index &+= 1
            }
        }
        return (hour.value, minute.value, second.value, millisecond)
    }

    private static func number(_ b: [UInt8], _ index: inout Int, maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0, digits = 0
        while index < b.count, isDigit(b, index) {
            guard digits < maxDigits else { return nil }
            value = value &* 10 &+ Int(b[index] &- 0x30)
            digits &+= 1
            index &+= 1
        }
        return digits == 0 ? nil : (value, digits)
    }

    private static func isDigit(_ b: [UInt8], _ index: Int) -> Bool { (0x30...0x39).contains(b[index]) }
    private static func isLetter(_ b: [UInt8], _ index: Int) -> Bool { (0x41...0x5A).contains(b[index] & 0xDF) }
}
