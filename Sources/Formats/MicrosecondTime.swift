import Foundation

/// Times as the parsers publish them: whole seconds since 1970 plus a microsecond count, finer
/// clocks (FILETIME's 100 ns ticks, pcap nanoseconds) truncated, never rounded — as the Rust evtx
/// parser, libevtx and tshark show them (`.9215075` s is `.921507`).
///
/// `Date` holds a `Double` of seconds since 2001, about 0.1 µs apart today: the conversion goes
/// through integers and rounds once, so the nearest microsecond of the stored value is exactly
/// the truncated one, and `parts(of:)` gives it back — for dates within 2³³ s of 2001 (the years
/// 1729 to 2273); further out a `Double` is more than a microsecond coarse.
public enum MicrosecondTime {
    /// Seconds from 1970-01-01 to 2001-01-01, `Date`'s reference date.
    private static let referenceSince1970: Int64 = 978_307_200

    /// The date `seconds` + `microseconds` µs after 1970-01-01 UTC; `microseconds` in 0..<1 000 000.
    public static func date(seconds: Int64, microseconds: Int64) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(seconds &- referenceSince1970) + Double(microseconds) / 1_000_000)
    }

    /// A count of `unit`ths of a second since 1970 (10 000 000 for FILETIME ticks, 10⁹ for
    /// nanoseconds), truncated to the microsecond (towards the past for times before 1970).
    static func date(_ count: Int64, perSecond unit: Int64) -> Date {
        let (seconds, fraction) = floorDivision(count, unit)
        return date(seconds: seconds, microseconds: fraction / (unit / 1_000_000))
    }

    /// The whole seconds since 1970 and the microseconds (0..<1 000 000) of a date, to the
    /// nearest microsecond: exact for every date made by `date(seconds:microseconds:)`; nil for
    /// a date beyond ±10¹⁵ s (no parser makes one).
    public static func parts(of date: Date) -> (seconds: Int64, microseconds: Int64)? {
        let sinceReference = date.timeIntervalSinceReferenceDate
        let whole = sinceReference.rounded(.down)
        guard abs(whole) < 1e15 else { return nil }
        var seconds = Int64(whole) &+ referenceSince1970
        var microseconds = Int64(((sinceReference - whole) * 1_000_000).rounded())
        if microseconds == 1_000_000 {
            seconds &+= 1
            microseconds = 0
        }
        return (seconds, microseconds)
    }

    /// Quotient and remainder with the remainder in 0..<divisor (`divisor` > 0).
    static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
