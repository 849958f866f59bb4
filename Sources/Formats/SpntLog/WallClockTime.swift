/// A date and time as a log wrote it: local wall-clock time with no zone. The assessment
/// places it in the case's time zone; a parser cannot know it.
public struct WallClockTime: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// Four-digit year.
    public var year: Int
    /// 1–12.
    public var month: Int
    /// 1–31.
    public var day: Int
    /// 0–23.
    public var hour: Int
    /// 0–59.
    public var minute: Int
    /// 0–60 (a leap second is allowed through).
    public var second: Int
    /// Milliseconds when the log wrote a fraction, else 0.
    public var millisecond: Int

    /// Creates a time; returns nil when a field is out of its calendar range.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int = 0) {
        guard (1970...2199).contains(year), (1...12).contains(month), (1...31).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            (0...999).contains(millisecond)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
    }

    /// ISO 8601 without zone, e.g. "2026-11-20T10:05:30.123" (fraction only when non-zero).
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))"
        if millisecond > 0 { text += "." + String(String(millisecond + 1000).dropFirst()) }
        return text
    }

    /// Orders by calendar fields.
    public static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        let left = (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
        let right = (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
        return left == right ? lhs.millisecond < rhs.millisecond : left < right
    }
}
