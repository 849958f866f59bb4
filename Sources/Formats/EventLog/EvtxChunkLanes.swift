import Foundation

/// Whole evtx chunks gathered into a batch and read on several threads at once, one scanner per
/// lane; the findings come back in chunk order.
///
/// Reading records is the dearest step of a case (a 200 MB System.evtx takes four times as long to
/// read as to decompress), while the thread that decompresses mostly waits: a second lane puts the
/// idle core to work. The lanes read one batch while the next is gathered and the findings of the
/// one before are added to the totals, so they never wait for the thread that feeds them. Each
/// chunk is copied once into a batch (1 MiB); with one lane nothing is gathered and each chunk is
/// read where it lies.
struct EvtxChunkLanes {
    /// Chunks per batch: enough that each lane has several, few enough to stay small.
    static let batchChunks = 16

    private let scanners: LaneScanners
    /// The batch being filled.
    private var gathering: LaneBatch?
    /// The batch the lanes are reading, and the group they run in.
    private var inFlight: (batch: LaneBatch, lanes: DispatchGroup)?

    /// What one chunk's findings may hold (`EvtxChunkFindings.budget`).
    private let budget: Int

    init(lanes: Int, keep: (@Sendable (EventRecord) -> Bool)?, budget: Int = EvtxChunkFindings.budget) {
        scanners = LaneScanners(lanes: max(1, lanes), keep: keep)
        self.budget = budget
    }

    var laneCount: Int { scanners.laneCount }
    var isFull: Bool { (gathering?.count ?? 0) == Self.batchChunks }

    /// Sets what the file header says on every lane, before the first chunk.
    mutating func configure(checksums: Bool, headerChunkCount: Int) {
        precondition(inFlight == nil, "the lanes are configured before they read")
        for lane in 0..<scanners.lanes.count {
            scanners.lanes[lane].checksums = checksums
            scanners.lanes[lane].headerChunkCount = headerChunkCount
        }
    }

    /// Reads chunk `index` at once on the calling thread into `totals`, for a reader with one lane.
    mutating func read(_ chunk: UnsafeRawBufferPointer, index: Int, into totals: inout EvtxLogTotals) {
        scanners.lanes[scanners.reader].scan(chunk, index: index, into: &totals)
    }

    /// Copies chunk `index` (the next after those gathered) into the batch.
    mutating func add(_ chunk: UnsafeRawBufferPointer, index: Int) {
        precondition(!isFull && chunk.count == EventLogReader.chunkSize)
        let batch = gathering ?? LaneBatch()
        gathering = batch
        batch.add(chunk, index: index)
    }

    /// Hands the gathered chunks to the lanes and adds to `totals` what the batch before them
    /// found, once the lanes are done with it.
    mutating func read(into totals: inout EvtxLogTotals) {
        guard let batch = gathering, batch.count > 0 else { return }
        let earlier = waitForLanes()
        start(batch)
        gathering = earlier
        earlier.map { apply($0, to: &totals) }
    }

    /// Reads what is still gathered and adds every finding to `totals`; the lanes are idle after.
    mutating func finish(into totals: inout EvtxLogTotals) {
        read(into: &totals)
        waitForLanes().map { apply($0, to: &totals) }
    }

    /// Starts the lanes on `batch`: each lane takes the next unread chunk.
    private mutating func start(_ batch: LaneBatch) {
        batch.prepareResults(budget: budget)
        let lanes = min(scanners.laneCount, batch.count)
        let group = DispatchGroup()
        let next = NextSlot()
        let scanners = self.scanners
        let feeder = Self.niceness()
        for lane in 0..<lanes {
            DispatchQueue.global().async(group: group) {
                // A lane runs no higher than the thread that feeds it: when that thread gives way
                // to another part of the case, so do its lanes.
                if let feeder, let own = Self.niceness(), own < feeder {
                    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, feeder)
                }
                // Each lane touches only its own scanner and the results of the chunks it took.
                while let slot = next.take(below: batch.count) {
                    let index = batch.firstIndex + slot
                    scanners.lanes[lane].scan(batch.chunk(slot), index: index, into: &batch.results[slot])
                }
            }
        }
        inFlight = (batch, group)
    }

    /// The calling thread's nice value (Linux: `PRIO_PROCESS` with 0 is the calling thread).
    private static func niceness() -> Int32? {
        errno = 0
        let value = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        return errno == 0 ? value : nil
    }

    /// The batch the lanes were reading, once they are done with it.
    private mutating func waitForLanes() -> LaneBatch? {
        guard let (batch, lanes) = inFlight else { return nil }
        lanes.wait()
        inFlight = nil
        return batch
    }

    /// Adds a read batch's findings to `totals` in file order and empties it. A chunk whose findings
    /// outgrew their budget (a hostile one) is read again here, straight into the totals, with
    /// the reader's own scanner: the lanes are reading the next batch meanwhile.
    private func apply(_ batch: LaneBatch, to totals: inout EvtxLogTotals) {
        for slot in 0..<batch.count {
            if batch.results[slot].overflowed {
                scanners.lanes[scanners.reader].scan(batch.chunk(slot), index: batch.results[slot].index, into: &totals)
            } else {
                batch.results[slot].add(to: &totals)
            }
        }
        batch.empty()
    }
}

/// One scanner per lane, and one for the reader's own thread (a one-lane reader, a chunk read
/// again), at addresses that stay put while the lanes write to them.
private final class LaneScanners: @unchecked Sendable {
    // Sendable by hand-over: a lane touches only its own scanner, the reader only its own, and
    // every scanner is configured before any lane runs.
    let lanes: UnsafeMutableBufferPointer<EvtxChunkScanner>
    /// The scanners of the lanes are `0..<laneCount`; the reader's is the last.
    var laneCount: Int { lanes.count - 1 }
    var reader: Int { lanes.count - 1 }

    init(lanes count: Int, keep: (@Sendable (EventRecord) -> Bool)?) {
        lanes = .allocate(capacity: count + 1)
        lanes.initialize(repeating: EvtxChunkScanner(keep: keep))
    }

    deinit {
        lanes.deinitialize()
        lanes.deallocate()
    }
}

/// Up to `EvtxChunkLanes.batchChunks` chunks copied side by side, and what the lanes found in each.
private final class LaneBatch: @unchecked Sendable {
    // Sendable by hand-over: filled and emptied by the reader while no lane runs; while they run,
    // each lane writes only the results of the chunks it took.
    private let bytes = UnsafeMutableRawBufferPointer.allocate(
        byteCount: EvtxChunkLanes.batchChunks * EventLogReader.chunkSize, alignment: 16)
    let results = UnsafeMutableBufferPointer<EvtxChunkFindings>.allocate(capacity: EvtxChunkLanes.batchChunks)
    private(set) var count = 0
    private(set) var firstIndex = 0
    private var resultCount = 0

    deinit {
        empty()
        bytes.deallocate()
        results.deallocate()
    }

    func add(_ chunk: UnsafeRawBufferPointer, index: Int) {
        if count == 0 { firstIndex = index }
        bytes.baseAddress!.advanced(by: count * EventLogReader.chunkSize)
            .copyMemory(from: chunk.baseAddress!, byteCount: chunk.count)
        count += 1
    }

    func chunk(_ slot: Int) -> UnsafeRawBufferPointer {
        let size = EventLogReader.chunkSize
        return UnsafeRawBufferPointer(rebasing: bytes[(slot * size)..<((slot + 1) * size)])
    }

    /// Empty findings for every chunk gathered, before the lanes start.
    func prepareResults(budget: Int) {
        for slot in 0..<count {
            (results.baseAddress! + slot).initialize(to: EvtxChunkFindings(index: firstIndex + slot, budget: budget))
        }
        resultCount = count
    }

    /// Forgets the chunks and their findings.
    func empty() {
        if resultCount > 0 { results.baseAddress!.deinitialize(count: resultCount) }
        resultCount = 0
        count = 0
    }
}

/// The next chunk of a batch to read, handed to whichever lane asks first: a lane slowed by the
/// other threads of the walk does not hold the batch up.
private final class NextSlot: @unchecked Sendable {
    // Sendable by its lock.
    private let lock = NSLock()
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
