import Formats
import Foundation
import Intake

/// The time a file covers, and whether that reaches the incident.
public struct FileCoverage: Sendable, Equatable {
    public let path: CasePath
    public let from: Date
    public let to: Date
    /// Whether the file reaches an incident time (give or take `IncidentWindow.slack`); nil while
    /// no incident time is known.
    public let coversIncident: Bool?

    /// The coverage of every file with times, in walk order.
    static func of(_ files: [ReceivedFile], incidents: IncidentWindow) -> [FileCoverage] {
        let mailDates = MailDate()
        return files.compactMap { file in
            guard file.isReadable, let range = range(of: file, zone: incidents.zone, mailDates: mailDates) else {
                return nil
            }
            return FileCoverage(
                path: file.path, from: range.lowerBound, to: range.upperBound,
                coversIncident: incidents.isKnown ? incidents.reached(by: range) : nil)
        }
    }

    /// The first and last time a file's records, packets or lines carry.
    static func range(of file: ReceivedFile, zone: TimeZone, mailDates: MailDate = MailDate()) -> ClosedRange<Date>? {
        switch file.facts {
        case .eventLog(let summary):
            return ordered(summary.firstEvent, summary.lastEvent)
        case .capture(let summary):
            return ordered(summary.firstPacket, summary.lastPacket)
        case .debugLog(let summary):
            return ordered(summary.firstTime?.date(in: zone), summary.lastTime?.date(in: zone))
        case .mailServerLog(let summary):
            return ordered(summary.earliest, summary.latest)
        case .mail(let summary):
            let date = summary.date.flatMap(mailDates.parse)
            return ordered(date, date)
        default:
            return nil
        }
    }

    private static func ordered(_ first: Date?, _ last: Date?) -> ClosedRange<Date>? {
        guard let first, let last else { return nil }
        return min(first, last)...max(first, last)
    }
}

/// The incident times and how far around them the evidence is read.
public struct IncidentWindow: Sendable {
    public let times: [Date]
    /// How far around each time the timeline and the tables look (`--window`).
    public let window: TimeInterval
    public let zone: TimeZone

    /// Customers write the time of the incident to the minute, often with 頃: a file that ends
    /// or starts this close to it still reaches it.
    public var slack: TimeInterval { min(window, 5 * 60) }

    public var isKnown: Bool { !times.isEmpty }

    /// Whether `range` reaches one of the incident times.
    public func reached(by range: ClosedRange<Date>) -> Bool {
        times.contains {
            $0 >= range.lowerBound.addingTimeInterval(-slack) && $0 <= range.upperBound.addingTimeInterval(slack)
        }
    }

    /// Whether `date` lies within the window around an incident time.
    public func contains(_ date: Date) -> Bool {
        times.contains { abs($0.timeIntervalSince(date)) <= window }
    }

    /// The incident times as the report writes them.
    var text: String { times.map { LocalTime.text($0, in: zone) }.joined(separator: ", ") }
}

/// `Date` header values of mail items (RFC 5322 §3.3), for their place in time.
struct MailDate {
    /// One formatter for all mails of a case: building one costs far more than a parse.
    private let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter
    }()

    func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for format in ["EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z"] {
            formatter.dateFormat = format
            let cleaned = trimmed.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) }
            if let date = formatter.date(from: cleaned ?? trimmed) { return date }
        }
        return nil
    }
}

/// Times as observations, the timeline and the report write them: the case's zone, to the second.
public enum LocalTime {
    /// `2026-11-20 10:05:02`.
    public static func text(_ date: Date, in zone: TimeZone) -> String {
        // Beyond ±10¹⁵ s no parser makes a time; such a date is shown as Foundation writes it.
        guard let time = CivilTime(date, offset: zone.secondsFromGMT(for: date)) else {
            return String(describing: date)
        }
        return time.text(separator: " ")
    }

    /// `2026-11-20 09:00:00 – 2026-11-20 17:00:00`.
    static func range(_ from: Date, _ to: Date, in zone: TimeZone) -> String {
        "\(text(from, in: zone)) – \(text(to, in: zone))"
    }
}
