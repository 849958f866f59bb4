import Formats
import Foundation

/// Times in reports and `summary.json`: ISO 8601 in UTC with a `Z`, with microseconds only
/// when the time has them (event logs and captures do; most other evidence does not).
public enum ISO8601UTC {
    public static func string(_ date: Date) -> String {
        // Beyond ±10¹⁵ s no parser makes a time; such a date is shown as Foundation writes it.
        guard let time = CivilTime(date) else { return String(describing: date) }
        var text = time.text(separator: "T")
        if time.microsecond > 0 {
            text += "."
            CivilTime.append(time.microsecond, width: 6, to: &text)
        }
        return text + "Z"
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
