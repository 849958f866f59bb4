import Foundation

/// Whole evtx chunks gathered into a batch and read on several threads at once, one scanner per
/// lane; the findings come back in chunk order.
///
/// Reading records is the dearest step of a case (a 200 MB System.evtx takes four times as long to
/// read as to decompress), while the thread that decompresses mostly waits: a second lane puts the
/// idle core to work. Each chunk is copied once into the batch (1 MiB); with one lane nothing is
/// gathered and each chunk is read where it lies.
struct EvtxChunkLanes {
    /// Chunks per batch: enough that each lane has several, few enough to stay small.
    static let batchChunks = 16

    private var scanners: [EvtxChunkScanner]
    private var batch: [UInt8]
    private(set) var count = 0
    private var firstIndex = 0

    /// What one chunk's findings may hold (`EvtxChunkFindings.budget`).
    private let budget: Int

    init(lanes: Int, keep: (@Sendable (EventRecord) -> Bool)?, budget: Int = EvtxChunkFindings.budget) {
        scanners = Array(repeating: EvtxChunkScanner(keep: keep), count: max(1, lanes))
        batch = []
        self.budget = budget
    }

    var laneCount: Int { scanners.count }
    var isFull: Bool { count == Self.batchChunks }

    /// Sets what the file header says on every lane.
    mutating func configure(checksums: Bool, headerChunkCount: Int) {
        for lane in scanners.indices {
            scanners[lane].checksums = checksums
            scanners[lane].headerChunkCount = headerChunkCount
        }
    }

    /// Reads chunk `index` at once on the calling thread into `totals`, for a reader with one lane.
    mutating func read(_ chunk: UnsafeRawBufferPointer, index: Int, into totals: inout EvtxLogTotals) {
        scanners[0].scan(chunk, index: index, into: &totals)
    }

    /// Copies chunk `index` (the next after those gathered) into the batch.
    mutating func add(_ chunk: UnsafeRawBufferPointer, index: Int) {
        precondition(!isFull && chunk.count == EventLogReader.chunkSize)
        if batch.isEmpty { batch = [UInt8](repeating: 0, count: Self.batchChunks * EventLogReader.chunkSize) }
        if count == 0 { firstIndex = index }
        let offset = count * EventLogReader.chunkSize
        batch.withUnsafeMutableBytes {
            $0.baseAddress!.advanced(by: offset).copyMemory(from: chunk.baseAddress!, byteCount: chunk.count)
        }
        count += 1
    }

    /// Reads the gathered chunks, each lane taking the next unread one, adds what they found to
    /// `totals` in file order, and empties the batch. A chunk whose findings outgrew their budget
    /// (a hostile one) is read again here, straight into the totals.
    mutating func read(into totals: inout EvtxLogTotals) {
        let results = readInParallel()
        for (slot, findings) in results.enumerated() {
            if findings.overflowed {
                let size = EventLogReader.chunkSize
                batch.withUnsafeBytes {
                    scanners[0].scan(
                        UnsafeRawBufferPointer(rebasing: $0[(slot * size)..<((slot + 1) * size)]),
                        index: findings.index,
                        into: &totals)
                }
            } else {
                findings.add(to: &totals)
            }
        }
    }

    private mutating func readInParallel() -> [EvtxChunkFindings] {
        let (chunks, first, lanes) = (count, firstIndex, min(scanners.count, count))
        count = 0
        guard chunks > 0 else { return [] }
        var results = (0..<chunks).map { [budget] in EvtxChunkFindings(index: first + $0, budget: budget) }
        let next = NextSlot()
        batch.withUnsafeBytes { batch in
            scanners.withUnsafeMutableBufferPointer { scanners in
                results.withUnsafeMutableBufferPointer { results in
                    // Each lane touches only its own scanner and the results of the chunks it took.
                    nonisolated(unsafe) let (batch, scanners, results) = (batch, scanners, results)
                    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                        while let slot = next.take(below: chunks) {
                            let size = EventLogReader.chunkSize
                            let chunk = UnsafeRawBufferPointer(rebasing: batch[(slot * size)..<((slot + 1) * size)])
                            scanners[lane].scan(chunk, index: first + slot, into: &results[slot])
                        }
                    }
                }
            }
        }
        return results
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
