import Formats
import Foundation

extension WallClockTime {
    /// The instant this wall-clock time names in `zone`.
    func date(in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(
            from: DateComponents(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                nanosecond: millisecond * 1_000_000))
    }
}
