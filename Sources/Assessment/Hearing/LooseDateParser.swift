import Foundation

/// Reads the dates and times customers write: `2026/11/20 10:05`, `2026-11-20 10:05:30`,
/// `2026年11月20日 午前10時05分頃`, `令和8年11月20日 10時頃`, `11月20日 10:05` (year from context),
/// `11/20 3:05 PM`, full-width digits. Times are wall-clock times in the case's time zone.
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
        matches(in: Self.normalize(text)).map(\.date)
    }

    /// The first date with a time at the start of a line (a timeline entry), and the rest of the
    /// line. A list mark before it (`・`, `-`, `*`, `1.`, `①`) is not part of the entry.
    public func leadingDate(in line: String) -> (date: Date, rest: String)? {
        let entry = Self.normalize(String(line[Self.listMarkEnd(in: line)...]))
        guard let first = matches(in: entry).first, first.range.lowerBound == entry.startIndex else { return nil }
        let rest = entry[first.range.upperBound...].drop { Self.separatorsAfterTime.contains($0) }
        return (first.date, String(rest).trimmingCharacters(in: .whitespaces))
    }

    /// The year of the first date written with one (Western or 令和/平成), if any.
    public static func firstYear(in text: String) -> Int? {
        let normalized = normalize(text)
        let whole = NSRange(normalized.startIndex..., in: normalized)
        guard let match = yearPattern.firstMatch(in: normalized, range: whole) else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: normalized).map { String(normalized[$0]) }
        }
        if let era = group(1), let year = group(2) { return Self.year(era: era, year: year) }
        return group(3).flatMap { Int($0) }
    }

    /// Where a timeline line's list mark ends: `・`, `-`, `*`, `•`, `1.`, `1)`, `①`, then spaces.
    static func listMarkEnd(in line: String) -> String.Index {
        let whole = NSRange(line.startIndex..., in: line)
        guard let match = listMark.firstMatch(in: line, range: whole), let range = Range(match.range, in: line) else {
            return line.startIndex
        }
        return range.upperBound
    }

    private static let listMark = try! NSRegularExpression(
        pattern: #"^[\s　]*(?:[・\-*•●◦▪■>＞－＊]+|[0-9０-９]{1,2}\s*[.)．）]|[\u2460-\u2473])[\s　]*"#)

    private static let separatorsAfterTime: Set<Character> = [" ", "\t", "頃", "ご", "ろ", ":", "-", "→", "、", ",", "~"]

    private static let yearPattern = try! NSRegularExpression(
        pattern: #"(?:(令和|平成|R|H)\s*(\d{1,2}|元)|((?:19|20)\d{2}))\s*[/\-.年]\s*\d{1,2}\s*[/\-.月]"#)

    // Groups: 1 era, 2 era year, 3 year, 4 month, 5 day, 6 午前/午後/AM/PM, 7 hour, 8 minute after
    // a colon, 9 minute before 分, 10 半, 11 second after a colon, 12 second before 秒, 13 AM/PM after.
    private static let pattern = try! NSRegularExpression(
        pattern: """
            (?:(?:(令和|平成|R|H)\\s*(\\d{1,2}|元)|(\\d{4}))\\s*[/\\-.年]\\s*)?\
            (\\d{1,2})\\s*[/\\-.月]\\s*(\\d{1,2})\\s*日?\
            (?:\\s*[(][^)]{1,3}[)])?[\\sT,、]*\
            (午前|午後|AM|PM|am|pm)?\\s*\
            (\\d{1,2})\\s*(?::\\s*(\\d{1,2})|時\\s*(?:(\\d{1,2})\\s*分|(半))?)\
            (?:\\s*:\\s*(\\d{1,2})|\\s*(\\d{1,2})\\s*秒)?\
            (?:\\s*(AM|PM|am|pm)\\b)?
            """)

    private func matches(in normalized: String) -> [(date: Date, range: Range<String.Index>)] {
        let whole = NSRange(normalized.startIndex..., in: normalized)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return Self.pattern.matches(in: normalized, range: whole).compactMap { match in
            func group(_ index: Int) -> String? {
                Range(match.range(at: index), in: normalized).map { String(normalized[$0]) }
            }
            func number(_ index: Int) -> Int? { group(index).flatMap { Int($0) } }
            var parts = DateComponents()
            if let era = group(1), let year = group(2) {
                parts.year = Self.year(era: era, year: year)
            } else {
                parts.year = number(3) ?? defaultYear
            }
            parts.month = number(4)
            parts.day = number(5)
            guard var hour = number(7) else { return nil }
            switch (group(6) ?? group(13))?.uppercased() {
            case "午後", "PM": if hour < 12 { hour += 12 }
            case "午前", "AM": if hour == 12 { hour = 0 }
            default: break
            }
            parts.hour = hour
            parts.minute = number(8) ?? number(9) ?? (group(10) != nil ? 30 : 0)
            parts.second = number(11) ?? number(12) ?? 0
            guard let year = parts.year, (1900...2100).contains(year), let month = parts.month,
                (1...12).contains(month), let day = parts.day, (1...31).contains(day), (0...23).contains(hour),
                let minute = parts.minute, (0...59).contains(minute), let second = parts.second,
                (0...59).contains(second),
                let date = calendar.date(from: parts), calendar.component(.day, from: date) == day,
                let range = Range(match.range, in: normalized)
            else { return nil }
            return (date, range)
        }
    }

    /// 令和 1 is 2019, 平成 1 is 1989; 元 is the first year of an era.
    private static func year(era: String, year: String) -> Int? {
        guard let number = year == "元" ? 1 : Int(year) else { return nil }
        switch era {
        case "令和", "R": return 2018 + number
        case "平成", "H": return 1988 + number
        default: return nil
        }
    }

    /// Full-width digits and punctuation to ASCII (NFKC), keeping kanji date words; `㋿` becomes 令和.
    static func normalize(_ text: String) -> String {
        text.unicodeScalars.allSatisfy(isCompatibilityStable) ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// Scalars NFKC leaves as they are, whatever stands beside them: ASCII, kana letters, the
    /// prolonged-sound mark, 、。「」 and the common kanji. A sheet line made of these alone (most
    /// are) skips Foundation's normalisation, which costs a bridge and an allocation per call.
    static func isCompatibilityStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x80, 0x3001...0x3002, 0x300C...0x300D, 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FA,
            0x30FC, 0x4E00...0x9FFF:
            return true
        default:
            return false
        }
    }
}
