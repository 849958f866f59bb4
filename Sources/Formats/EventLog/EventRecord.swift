import Foundation

/// One event as a support engineer reads it in Event Viewer: who logged it, what, how
/// serious, when, on which computer and in which log, with its message inserts.
public struct EventRecord: Sendable, Codable, Equatable {
    /// `System/Provider@Name`, e.g. "Service Control Manager".
    public var provider: String
    /// `System/Provider@EventSourceName` when present (classic event sources), else nil.
    public var eventSourceName: String?
    /// `System/EventID`, without qualifiers.
    public var eventID: Int
    /// `System/EventID@Qualifiers` when present; the classic message id is (qualifiers << 16) | eventID.
    public var qualifiers: Int?
    /// `System/Level`: 0 LogAlways, 1 Critical, 2 Error, 3 Warning, 4 Information, 5 Verbose.
    public var level: Int
    /// `System/TimeCreated@SystemTime`, or the record header's write time when the XML has none.
    public var timeCreated: Date?
    /// `System/EventRecordID`, or the record header's id when the XML has none.
    public var recordID: UInt64
    /// `System/Computer`.
    public var computer: String
    /// `System/Channel`: the log the event belongs to ("Application", "System", ...).
    public var channel: String
    /// `EventData/Data` values and `UserData` leaf strings, in document order (bounded); filled in
    /// for kept records only, after the reader's `keep` has chosen them.
    public var dataStrings: [String]

    /// Creates a record from its fields.
    public init(
        provider: String, eventSourceName: String? = nil, eventID: Int, qualifiers: Int? = nil, level: Int,
        timeCreated: Date?, recordID: UInt64, computer: String, channel: String, dataStrings: [String] = []
    ) {
        self.provider = provider
        self.eventSourceName = eventSourceName
        self.eventID = eventID
        self.qualifiers = qualifiers
        self.level = level
        self.timeCreated = timeCreated
        self.recordID = recordID
        self.computer = computer
        self.channel = channel
        self.dataStrings = dataStrings
    }

    /// The most data strings kept per record; more are dropped.
    public static let maxDataStrings = 32
    /// The most characters kept per data string; longer ones are cut.
    public static let maxDataLength = 2048
}
