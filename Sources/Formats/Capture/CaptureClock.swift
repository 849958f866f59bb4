import Foundation

/// Packet times are kept as nanoseconds since 1970 (no rounding while reading) and become
/// `Date` only in the result, truncated to the microsecond (tshark's µs display does the same).
enum CaptureClock {
    static func date(nanoseconds: Int64) -> Date {
        MicrosecondTime.date(nanoseconds, perSecond: 1_000_000_000)
    }
}
