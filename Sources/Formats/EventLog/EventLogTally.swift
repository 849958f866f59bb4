import Foundation

/// The running totals of an event log being read, shared by the evtx and evt readers.
struct EventLogTally {
    private(set) var summary: EventLogSummary
    private var channelCounts: [String: Int] = [:]
    /// Records per listed computer, counted in runs like channels.
    private var computerCounts: [String: Int] = [:]
    private var computerRun = (name: "", count: 0)
    private var damageIndex: [String: Int] = [:]
    private var channelRun = (name: "", count: 0)
    private var providerRun = (name: "", count: 0)
    private let keep: (@Sendable (EventRecord) -> Bool)?
    private let maxKept: Int
    /// Kept records as a ring: once full, a new record replaces the oldest, so the most recent
    /// ones survive — logs are saved after the incident, which sits near their end.
    private var kept: [EventRecord] = []
    private var oldestKept = 0

    init(format: String, keep: (@Sendable (EventRecord) -> Bool)?, maxKept: Int) {
        summary = EventLogSummary(format: format)
        self.keep = keep
        self.maxKept = maxKept
    }

    /// Whether `record` is one to keep, so that its message inserts are to be decoded.
    func keeps(_ record: EventRecord) -> Bool {
        guard let keep, maxKept > 0 else { return false }
        return keep(record)
    }

    /// Counts a record; when it is kept, its message inserts are decoded by `inserts`, only then.
    mutating func add(_ record: EventRecord, inserts: () -> [String] = { [] }) {
        if keeps(record) {
            var record = record
            record.dataStrings = inserts()
            add(record, keeping: true)
        } else {
            add(record, keeping: false)
        }
    }

    /// Counts a record, and keeps it, its `dataStrings` filled in, when `keeping` (see `keeps`).
    mutating func add(_ record: EventRecord, keeping: Bool) {
        summary.records += 1
        if let time = record.timeCreated {
            if summary.firstEvent.map({ time < $0 }) ?? true { summary.firstEvent = time }
            if summary.lastEvent.map({ time > $0 }) ?? true { summary.lastEvent = time }
        }
        // Consecutive records mostly share channel, computer and provider: count runs, look up once per run.
        if record.channel == channelRun.name {
            channelRun.count += 1
        } else {
            flushChannelRun()
            channelRun = (record.channel, 1)
        }
        if record.provider == providerRun.name {
            providerRun.count += 1
        } else {
            flushProviderRun()
            providerRun = (record.provider, 1)
        }
        if record.computer == computerRun.name {
            computerRun.count += 1
        } else {
            flushComputerRun()
            computerRun = (record.computer, 1)
            if !record.computer.isEmpty, computerCounts[record.computer] == nil,
                computerCounts.count < EventLogSummary.maxComputers
            {
                computerCounts[record.computer] = 0
                summary.computers.append(record.computer)
            }
        }
        if keeping, maxKept > 0 {
            if kept.count < maxKept {
                kept.append(record)
            } else {
                kept[oldestKept] = record
                oldestKept = (oldestKept + 1) % maxKept
            }
        }
    }

    private mutating func flushChannelRun() {
        guard channelRun.count > 0, !channelRun.name.isEmpty else { return }
        if channelCounts[channelRun.name] != nil || channelCounts.count < 64 {
            channelCounts[channelRun.name, default: 0] += channelRun.count
        }
        channelRun.count = 0
    }

    private mutating func flushComputerRun() {
        guard computerRun.count > 0 else { return }
        computerCounts[computerRun.name]? += computerRun.count
        computerRun.count = 0
    }

    private mutating func flushProviderRun() {
        guard providerRun.count > 0 else { return }
        if summary.providers[providerRun.name] != nil || summary.providers.count < EventLogSummary.maxProviders {
            summary.providers[providerRun.name, default: 0] += providerRun.count
        } else {
            summary.providers["(other)", default: 0] += providerRun.count
        }
        providerRun.count = 0
    }

    mutating func damage(_ code: String, _ detail: @autoclosure () -> String, count: Int = 1) {
        if let index = damageIndex[code] {
            summary.damage[index].count += count
        } else {
            damageIndex[code] = summary.damage.count
            summary.damage.append(EventLogDamage(code: code, count: count, detail: detail()))
        }
    }

    mutating func setHeader(dirty: Bool, full: Bool, chunkCount: Int) {
        summary.dirty = dirty
        summary.full = full
        summary.headerChunkCount = chunkCount
    }

    mutating func recovered() { summary.recoveredRecords += 1 }

    mutating func setWrapped(_ wrapped: Bool) { summary.wrapped = wrapped }

    mutating func chunkFound() { summary.chunksFound += 1 }

    mutating func finished() -> EventLogSummary {
        flushChannelRun()
        flushProviderRun()
        flushComputerRun()
        var result = summary
        result.keptRecords = Array(kept[oldestKept...] + kept[..<oldestKept])
        // Ties go to the alphabetically first channel so the answer does not depend on hashing.
        result.channel = channelCounts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
        // Ties go to the computer seen first.
        result.mainComputer =
            result.computers.enumerated().max { a, b in
                let (countA, countB) = (computerCounts[a.element] ?? 0, computerCounts[b.element] ?? 0)
                return countA < countB || (countA == countB && a.offset > b.offset)
            }?.element
        return result
    }
}
