import Foundation

/// Times in reports and `summary.json`: ISO 8601 in UTC with a `Z`, with microseconds only
/// when the time has them (event logs and captures do; most other evidence does not).
public enum ISO8601UTC {
    public static func string(_ date: Date) -> String {
        var whole = date.timeIntervalSince1970.rounded(.down)
        var micros = Int(((date.timeIntervalSince1970 - whole) * 1_000_000).rounded())
        if micros == 1_000_000 {  // rounding carried into the next second
            micros = 0
            whole += 1
        }
        let parts = Calendar.utc.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: whole))
        let base = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return micros > 0 ? base + String(format: ".%06dZ", micros) : base + "Z"
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
