import Foundation

/// One event to write into a fixture log: what a Windows service would report.
public struct EvtxEvent: Sendable, Equatable {
    /// The log, e.g. "Application" or "System".
    public var channel: String
    /// The computer name, e.g. "SPNT-SRV01".
    public var computer: String
    /// The provider name, e.g. "ServerProtect" or "Service Control Manager".
    public var provider: String
    /// The event id, e.g. 7036.
    public var eventID: Int
    /// Classic-source qualifiers (the high 16 bits of the message id), if any.
    public var qualifiers: Int?
    /// The level: 1 Critical, 2 Error, 3 Warning, 4 Information.
    public var level: Int
    /// When the event was created.
    public var time: Date
    /// The message inserts, written as EventData/Data.
    public var data: [String]

    /// Creates an event description.
    public init(
        channel: String, computer: String, provider: String, eventID: Int, qualifiers: Int? = nil, level: Int,
        time: Date, data: [String] = []
    ) {
        self.channel = channel
        self.computer = computer
        self.provider = provider
        self.eventID = eventID
        self.qualifiers = qualifiers
        self.level = level
        self.time = time
        self.data = data
    }
}
