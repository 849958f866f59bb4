import Foundation

/// The bounded buffer between the two threads of a walk: a fixed set of batches, each either
/// being filled by the walk, waiting in line, or being handled by the inspection thread. The walk
/// waits when every batch is in use, so no more than `count` batches of bytes are ever in flight.
final class BoundedHandOff: @unchecked Sendable {
    // Sendable by the lock: `free` and `waiting` are touched only while `condition` is held; a
    // batch is used by one thread at a time, the lock passing it over.
    private let condition = NSCondition()
    private var free: [DeliveryBatch]
    private var waiting: [DeliveryBatch] = []
    private let count: Int

    init(count: Int) {
        precondition(count >= 2, "one batch is filled while another is handled")
        self.count = count
        free = (0..<count).map { _ in DeliveryBatch() }
    }

    /// The walk's side: an empty batch to fill, waiting while every batch is in use.
    func emptyBatch() -> DeliveryBatch {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty { condition.wait() }
        return free.removeLast()
    }

    /// The walk's side: queues a filled batch for the inspection thread.
    func pass(_ batch: DeliveryBatch) {
        condition.lock()
        waiting.append(batch)
        condition.signal()
        condition.unlock()
    }

    /// The walk's side: copies `block` into `batch` as bytes of `stream`, passing each batch it
    /// fills and taking the next; returns the batch being filled.
    func fill(_ batch: DeliveryBatch, bytesOf stream: Int, _ block: UnsafeRawBufferPointer) -> DeliveryBatch {
        var batch = batch
        var rest = block
        while !rest.isEmpty {
            let taken = batch.append(bytesOf: stream, rest)
            if taken == 0 {
                pass(batch)
                batch = emptyBatch()
            }
            rest = UnsafeRawBufferPointer(rebasing: rest[taken...])
        }
        return batch
    }

    /// The inspection side: the oldest filled batch, waiting while there is none.
    func filledBatch() -> DeliveryBatch {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty { condition.wait() }
        return waiting.removeFirst()
    }

    /// The inspection side: the filled batches waiting behind the one being handled, oldest
    /// first. The walk no longer touches them; the inspection side may read them ahead.
    func waitingBatches() -> [DeliveryBatch] {
        condition.withLock { waiting }
    }

    /// The inspection side: returns a handled batch for reuse.
    func giveBack(_ batch: DeliveryBatch) {
        batch.reset()
        condition.lock()
        free.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The walk's side, holding no batch: waits until every batch passed has been handled.
    func waitUntilIdle() {
        condition.lock()
        defer { condition.unlock() }
        while free.count < count { condition.wait() }
    }
}
