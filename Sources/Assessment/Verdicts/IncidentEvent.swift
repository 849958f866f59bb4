import Foundation
import Intake

/// An event log record worth showing next to the incident time.
public struct IncidentEvent: Sendable, Equatable {
    public let time: Date
    /// 1 critical, 2 error, 3 warning, 4 (or 0) information, 5 verbose.
    public let level: Int
    public let provider: String
    public let eventID: Int
    public let channel: String
    /// The first data strings, shortened for a table cell.
    public let summary: String
    /// The message inserts (`EventData/Data`), for the event's message text.
    public let inserts: [String]
    public let file: CasePath
}
