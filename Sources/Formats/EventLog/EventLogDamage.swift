/// One kind of damage found in an event log, counted: what was skipped or could not be trusted.
public struct EventLogDamage: Sendable, Codable, Equatable {
    /// A stable code such as "chunk.bad-magic", "record.bad-size", "file.truncated".
    public var code: String
    /// How many times this damage was seen.
    public var count: Int
    /// A short English description of the first occurrence.
    public var detail: String

    /// Creates a damage entry.
    public init(code: String, count: Int, detail: String) {
        self.code = code
        self.count = count
        self.detail = detail
    }
}
