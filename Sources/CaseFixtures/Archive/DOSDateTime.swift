import Foundation

/// The MS-DOS date and time fields of zip headers: local wall-clock time, 2-second steps,
/// years 1980–2107 (APPNOTE 4.4.6). Fixtures use the incident's own wall clock, UTC+09:00,
/// as a Japanese customer's Windows would record it.
struct DOSDateTime: Sendable {
    let time: UInt16
    let date: UInt16

    static let japanTime = TimeZone(secondsFromGMT: 9 * 3600) ?? .current

    init(_ instant: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DOSDateTime.japanTime
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let year = min(max((parts.year ?? 1980) - 1980, 0), 127)
        time = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
        date = UInt16(year << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
    }
}
