import Formats
import Foundation

/// Times the customer gave (incident, timeline) in ISO 8601 with the case's UTC offset,
/// e.g. `2026-11-20T10:05:00+09:00`, as DESIGN.md's `case.incidentTimes` shows.
public enum ISO8601Local {
    /// The time to the second, truncated like every published time (a packet at `10:05:30.9999`
    /// is `10:05:30`, never `10:05:31`).
    public static func string(_ date: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        // Beyond ±10¹⁵ s no parser makes a time; such a date is shown as Foundation writes it.
        guard let time = CivilTime(date, offset: offset) else { return String(describing: date) }
        return time.text(separator: "T") + (offset == 0 ? "Z" : CivilTime.offsetText(offset))
    }
}

extension ISO8601Local {
    /// A time `summary.json` wrote (with an offset or `Z`, with or without fractional seconds).
    public static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
