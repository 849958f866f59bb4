import Formats
import Foundation

/// Microseconds since 1970 of a date a parser made: exact (see `MicrosecondTime`), so tests
/// compare integers with the digits the reference tools print.
func microsecondsSince1970(_ date: Date?) -> Int64? {
    date.flatMap(MicrosecondTime.parts).map { $0.seconds * 1_000_000 + $0.microseconds }
}
