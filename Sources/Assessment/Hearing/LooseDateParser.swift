import Foundation

/// Reads the dates and times customers write: `2026/11/20 10:05`, `2026-11-20 10:05:30`,
/// `2026年11月20日 10時05分`, `11月20日 10:05` (year from context), full-width digits.
/// Times are wall-clock times in the case's time zone.
public struct LooseDateParser: Sendable {
    public let timeZone: TimeZone
    /// The year for dates written without one.
    public let defaultYear: Int

    public init(timeZone: TimeZone, defaultYear: Int) {
        self.timeZone = timeZone
        self.defaultYear = defaultYear
    }

    /// Every date with a time of day found in `text`, in order.
    public func dates(in text: String) -> [Date] {
        matches(in: text).map(\.date)
    }

    /// The first date with a time at the start of a line (a timeline entry), and the rest of the line.
    public func leadingDate(in line: String) -> (date: Date, rest: String)? {
        let normalized = Self.normalize(line)
        guard let first = matches(in: normalized).first,
            first.range.lowerBound == normalized.startIndex
                || normalized[normalized.startIndex..<first.range.lowerBound].allSatisfy({
                    $0 == " " || $0 == "-" || $0 == "*"
                })
        else { return nil }
        let rest = normalized[first.range.upperBound...].trimmingCharacters(in: .whitespaces)
        return (first.date, rest)
    }

    private static let pattern = try! NSRegularExpression(
        pattern: """
            (?:(\\d{4})\\s*[/\\-.年]\\s*)?(\\d{1,2})\\s*[/\\-.月]\\s*(\\d{1,2})\\s*日?\
            (?:\\s*[(（][^)）]{1,3}[)）])?[\\sT]*(\\d{1,2})\\s*[:時]\\s*(\\d{1,2})\\s*分?(?:\\s*[:：]?\\s*(\\d{1,2})\\s*秒?)?
            """)

    private func matches(in text: String) -> [(date: Date, range: Range<String.Index>)] {
        let normalized = Self.normalize(text)
        let whole = NSRange(normalized.startIndex..., in: normalized)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return Self.pattern.matches(in: normalized, range: whole).compactMap { match in
            func number(_ group: Int) -> Int? {
                Range(match.range(at: group), in: normalized).flatMap { Int(normalized[$0]) }
            }
            var parts = DateComponents()
            parts.year = number(1) ?? defaultYear
            parts.month = number(2)
            parts.day = number(3)
            parts.hour = number(4)
            parts.minute = number(5)
            parts.second = number(6) ?? 0
            guard let month = parts.month, (1...12).contains(month), let day = parts.day, (1...31).contains(day),
                let hour = parts.hour, (0...23).contains(hour), let minute = parts.minute, (0...59).contains(minute),
                let date = calendar.date(from: parts), let range = Range(match.range, in: normalized)
            else { return nil }
            return (date, range)
        }
    }

    /// Full-width digits and punctuation to ASCII (NFKC), keeping kanji date words.
    static func normalize(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping
    }
}
