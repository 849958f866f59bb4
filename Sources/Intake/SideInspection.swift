import Foundation

/// The inspection of the members a side reader takes (`SideReader`), on a thread of its own: it
/// has their bytes hashed (`DigestLane`) and writes them to their sinks while the walk's
/// inspection thread goes on with the rest of the case.
///
/// Sent through the walk's inspection thread, a capture's bytes waited behind the event log's:
/// that thread hands the log to its lanes batch by batch and waits for them, so the member
/// decompressing beside the walk, the case's longest chain, stalled for want of room. Here it
/// waits for nothing but its own parser.
///
/// One member at a time: the side reader asks the visitor for the member's sink through the walk's
/// inspection thread (`Delivery.openBeside`), then `begin`s it here, streams it, and `finish`es
/// it. `begin` and `finish` wait until this thread has handled every byte sent before them, so
/// the side reader's thread may touch the sink and the digest itself then.
final class SideInspection: StreamRoute, @unchecked Sendable {
    // Sendable by hand-over: `sink` and `hasher` are touched by the inspection thread while it
    // handles a batch, and by the side reader's thread only while every batch is back (`settle`).

    /// Batches in flight: one filled by the side reader, one handled, one waiting.
    static let batchesInFlight = 3

    private let handOff = BoundedHandOff(count: SideInspection.batchesInFlight)
    private let ended = DispatchSemaphore(value: 0)
    /// Hashes the members when the walk takes digests.
    private let lane: DigestLane?
    private let streams: StreamNumbers

    /// The side reader's: the batch it fills, and whether the bytes of the current member travel
    /// (they need not without a digest to take or a sink to write).
    private var batch: DeliveryBatch?
    private var carries = false

    /// The current member's sink and hash state.
    private var sink: (any EntrySink)?
    private var hasher: SHA256Stream?

    init(lane: DigestLane?, streams: StreamNumbers) {
        self.lane = lane
        self.streams = streams
        let thread = Thread { [self] in run() }
        thread.name = "caseintake side inspection"
        // Parsers run here; give them the main thread's room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    func newStream() -> Int { streams.next() }

    /// A member begins: its bytes are hashed from now on (when the walk takes digests).
    func begin() {
        settle()
        sink = nil
        hasher = lane == nil ? nil : SHA256Stream()
        carries = lane != nil
    }

    /// The visitor opened the member: `head`, the bytes sent so far, is written to `sink`
    /// here, and every byte sent after it there.
    func adopt(_ sink: (any EntrySink)?, head: [UInt8]) {
        settle()
        head.withUnsafeBytes { sink?.write($0) }
        self.sink = sink
        carries = lane != nil || sink != nil
    }

    func bytes(_ stream: Int, _ block: UnsafeRawBufferPointer) {
        guard carries else { return }
        batch = handOff.fill(batch ?? handOff.emptyBatch(), bytesOf: stream, block)
    }

    /// The member ended: its sink is finished, and its SHA-256 returned when the walk takes digests.
    func finish(complete: Bool) -> String? {
        settle()
        sink?.finish(complete: complete)
        sink = nil
        defer { hasher = nil }
        return hasher.map { HashingDispatcher.hex($0.finalize()) }
    }

    /// Ends the thread, once it has handled everything sent.
    func end() {
        let last = batch ?? handOff.emptyBatch()
        batch = nil
        last.isLast = true
        handOff.pass(last)
        ended.wait()
    }

    /// Hands over the batch being filled and waits until every batch is back.
    private func settle() {
        if let batch {
            handOff.pass(batch)
            self.batch = nil
        }
        handOff.waitUntilIdle()
    }

    private func run() {
        var last = false
        while !last {
            let batch = handOff.filledBatch()
            // The lane hashes the batch while the sink reads it.
            let hashing = DigestLane.Work()
            for case .bytes(_, let start, let count) in batch.deliveries {
                let block = UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)])
                if let hasher { hashing.add(hasher, block) }
            }
            lane?.hand(hashing)
            for case .bytes(_, let start, let count) in batch.deliveries {
                sink?.write(UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)]))
            }
            lane?.wait(for: hashing)
            last = batch.isLast
            handOff.giveBack(batch)
        }
        ended.signal()
    }
}
