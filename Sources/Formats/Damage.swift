/// One kind of damage a parser found in a file, counted: what was skipped or could not be
/// trusted. Every parser reports damage this way so the report can show it alike.
public struct Damage: Sendable, Codable, Equatable {
    /// A stable code such as `chunk.bad-magic` (event logs) or `truncated-record` (captures).
    public var code: String
    /// How many times this damage was seen.
    public var count: Int
    /// A short English description of the first occurrence (with its offset or record where known).
    public var detail: String

    /// Creates a damage entry.
    public init(code: String, count: Int, detail: String) {
        self.code = code
        self.count = count
        self.detail = detail
    }
}

/// Damage in an event log (.evtx, .evt).
public typealias EventLogDamage = Damage

/// Damage in a capture (pcap, pcapng).
public typealias CaptureDamage = Damage
