import Foundation

/// Where the scan of an evtx chunk reports what it finds, in the order it finds it.
protocol EvtxChunkSink {
    /// A chunk with its signature.
    mutating func chunk()
    mutating func damage(_ code: String, _ detail: @autoclosure () -> String)
    /// An intact record found past damage or past the chunk's last record.
    mutating func recovered(_ id: UInt64)
    /// A record of chunk `chunk` whose XML could not be decoded.
    mutating func unparsable(_ id: UInt64, chunk: Int)
    /// A record read; `kept`: it is to be kept, its `dataStrings` holding its message inserts.
    /// `badTime`: its TimeCreated is there but not a valid time.
    mutating func record(_ id: UInt64, _ record: consuming EventRecord, kept: Bool, badTime: Bool, chunk: Int)
    /// The sink takes no more of this chunk: the scan stops.
    var isFull: Bool { get }
}

/// The log's totals, to which chunks are added in file order: what depends on earlier chunks
/// (whether a record id was read before) is decided here.
struct EvtxLogTotals: EvtxChunkSink {
    var tally: EventLogTally
    /// The ids of the records read so far, to drop later copies of a record.
    private var seen = RecordIDSet()

    init(tally: EventLogTally) { self.tally = tally }

    /// The totals keep only what the summary needs, a record at a time: never full.
    var isFull: Bool { false }

    mutating func chunk() { tally.chunkFound() }

    mutating func damage(_ code: String, _ detail: @autoclosure () -> String) { tally.damage(code, detail()) }

    mutating func recovered(_ id: UInt64) {
        if !seen.contains(id) { tally.recovered() }
    }

    mutating func unparsable(_ id: UInt64, chunk: Int) {
        guard claim(id) else { return }
        tally.damage("binxml.unparsable", "The XML of record \(id) in chunk \(chunk) could not be decoded.")
    }

    mutating func record(_ id: UInt64, _ record: consuming EventRecord, kept: Bool, badTime: Bool, chunk: Int) {
        guard claim(id) else { return }
        if badTime {
            tally.damage(
                "record.bad-time",
                "The TimeCreated of record \(id) in chunk \(chunk) is not a valid time; "
                    + "the record is left out of the time range.")
        }
        tally.add(record, keeping: kept)
    }

    /// Whether record `id` is read here for the first time; a later copy is damage, and dropped.
    private mutating func claim(_ id: UInt64) -> Bool {
        if seen.insert(id) { return true }
        tally.damage("record.duplicate-id", "Record \(id) appears more than once; later copies were dropped.")
        return false
    }
}

/// What reading one evtx chunk found, kept in order to be added to the totals later.
///
/// Every chunk's names, templates and records lie inside its own 64 KiB, so chunks can be read
/// apart — on several threads when there are cores to spare — and their findings added to the
/// log's totals afterwards, in file order: the summary is the same however many lanes read.
struct EvtxChunkFindings: EvtxChunkSink {
    private enum Finding {
        case chunk
        /// `detail` is written only for the first damage of its code in the chunk: the tally keeps
        /// the first detail of each code, and that is always a chunk's first.
        case damage(code: String, detail: String?)
        case recovered(id: UInt64)
        case unparsable(id: UInt64)
        /// `records[slot]`.
        case record(id: UInt64, slot: Int, kept: Bool, badTime: Bool)
    }

    /// Bytes of records and damage one chunk's findings may hold. A real chunk's stay far below
    /// (600 records of some 100 bytes, a few KB more for kept inserts); a hostile chunk can make
    /// every record carry kilobytes of strings, and two batches of 16 chunks each hold findings at
    /// once (one being read by the lanes, the one before being added to the totals): 16 MiB at most.
    static let budget = 512 << 10

    let index: Int
    private var items: [Finding] = []
    /// The records read, apart from `items` so that walking the findings copies no strings.
    private var records: [EventRecord] = []
    private var codes: [String] = []
    private var bytes = 0
    private let budget: Int
    /// The findings outgrew `budget` and were dropped: the chunk is to be read again, straight
    /// into the totals.
    private(set) var overflowed = false

    var isFull: Bool { overflowed }

    init(index: Int, budget: Int = Self.budget) {
        self.index = index
        self.budget = budget
    }

    mutating func chunk() { items.append(.chunk) }

    mutating func damage(_ code: String, _ detail: @autoclosure () -> String) {
        let first = !codes.contains(code)
        if first { codes.append(code) }
        let text = first ? detail() : nil
        spend(MemoryLayout<Finding>.stride + code.utf8.count + (text?.utf8.count ?? 0))
        guard !overflowed else { return }
        items.append(.damage(code: code, detail: text))
    }

    mutating func recovered(_ id: UInt64) { items.append(.recovered(id: id)) }

    mutating func unparsable(_ id: UInt64, chunk: Int) { items.append(.unparsable(id: id)) }

    mutating func record(_ id: UInt64, _ record: consuming EventRecord, kept: Bool, badTime: Bool, chunk: Int) {
        // Strings shared through the scanner's caches are counted each time: a bound, not a measure.
        var strings = record.provider.utf8.count + record.computer.utf8.count + record.channel.utf8.count
        strings += (record.eventSourceName?.utf8.count ?? 0)
        for insert in record.dataStrings { strings += insert.utf8.count }
        spend(MemoryLayout<Finding>.stride + MemoryLayout<EventRecord>.stride + strings)
        guard !overflowed else { return }
        items.append(.record(id: id, slot: records.count, kept: kept, badTime: badTime))
        records.append(record)
    }

    private mutating func spend(_ count: Int) {
        bytes += count
        if bytes > budget, !overflowed {
            overflowed = true
            items = []
            records = []
        }
    }

    /// Adds the findings to the log's totals.
    func add(to totals: inout EvtxLogTotals) {
        for item in items {
            switch item {
            case .chunk: totals.chunk()
            case .damage(let code, let detail): totals.damage(code, detail ?? "")
            case .recovered(let id): totals.recovered(id)
            case .unparsable(let id): totals.unparsable(id, chunk: index)
            case .record(let id, let slot, let kept, let badTime):
                totals.record(id, records[slot], kept: kept, badTime: badTime, chunk: index)
            }
        }
    }
}
