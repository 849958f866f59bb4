import Assessment
import Formats
import Foundation

/// How numbers and times look in the report, the same on every machine (no locale).
enum DisplayFormat {
    /// `69632` → `69,632 bytes (68.0 KiB)` / `69,632 バイト (68.0 KiB)`.
    static func size(_ bytes: Int64, unit: String) -> String {
        let grouped = grouping(bytes)
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var index = -1
        while value >= 1024, index < units.count - 1 {
            value /= 1024
            index += 1
        }
        guard index >= 0 else { return "\(grouped) \(unit)" }
        return "\(grouped) \(unit) (\(String(format: "%.1f", value)) \(units[index]))"
    }

    /// Digits grouped by three with commas.
    static func grouping(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// `2026-11-20 10:05:00 (+09:00)` in `zone`.
    static func time(_ date: Date, in zone: TimeZone) -> String {
        LocalTime.text(date, in: zone) + " (" + CivilTime.offsetText(zone.secondsFromGMT(for: date)) + ")"
    }
}
