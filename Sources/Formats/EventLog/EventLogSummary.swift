import Foundation

/// What one event log file holds, in the terms of the intake checklist: which log it is,
/// how many events over which period, from which computers and providers, and what was damaged.
public struct EventLogSummary: Sendable, Codable, Equatable {
    /// "evtx" (Vista and later) or "evt" (Windows XP / 2003).
    public var format: String
    /// The most frequent `System/Channel` ("Application", "System", ...); nil when no record names one.
    public var channel: String?
    /// How many records were read.
    public var records: Int
    /// Records found only by searching past damage inside a chunk: possibly stale copies left in
    /// slack space, so they are counted here and not in `records`, the time range or the providers.
    public var recoveredRecords: Int
    /// The earliest event time.
    public var firstEvent: Date?
    /// The latest event time.
    public var lastEvent: Date?
    /// Distinct computer names, in order of first appearance (bounded).
    public var computers: [String]
    /// The computer named by most records (the first seen on a tie): the machine the log is
    /// from, even when a forwarded or copied record from another one comes first.
    public var mainComputer: String?
    /// Records per provider (event source) name (bounded number of names).
    public var providers: [String: Int]
    /// The header's dirty flag: the log was not closed cleanly (typical of a copy of a live log).
    public var dirty: Bool
    /// The header's full flag.
    public var full: Bool
    /// The header's wrapped flag (evt only): the oldest records were overwritten.
    public var wrapped: Bool
    /// The chunk count the file header claims (evtx only).
    public var headerChunkCount: Int
    /// The chunks actually found in the file with a valid signature (evtx only).
    public var chunksFound: Int
    /// Damage found while reading, by kind.
    public var damage: [EventLogDamage]
    /// The records the caller asked to keep, in file order (bounded).
    public var keptRecords: [EventRecord]

    /// Creates an empty summary of the given format.
    public init(format: String) {
        self.format = format
        channel = nil
        records = 0
        recoveredRecords = 0
        firstEvent = nil
        lastEvent = nil
        computers = []
        mainComputer = nil
        providers = [:]
        dirty = false
        full = false
        wrapped = false
        headerChunkCount = 0
        chunksFound = 0
        damage = []
        keptRecords = []
    }

    /// The most distinct computer names kept.
    public static let maxComputers = 64
    /// The most distinct provider names counted; further names are counted under "(other)".
    public static let maxProviders = 512
}
