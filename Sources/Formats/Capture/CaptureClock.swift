import Foundation

/// Packet times are kept as nanoseconds since 1970 (no rounding while reading) and become
/// `Date` only in the result.
enum CaptureClock {
    static func date(nanoseconds: Int64) -> Date {
        let seconds = nanoseconds / 1_000_000_000
        let fraction = nanoseconds % 1_000_000_000
        return Date(timeIntervalSince1970: Double(seconds) + Double(fraction) / 1e9)
    }
}
