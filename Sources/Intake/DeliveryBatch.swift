/// Deliveries travelling together from the walk to the inspection side, with the bytes they
/// carry copied in (libarchive's blocks are valid only until its next call). Reused: a walk
/// allocates a fixed number of batches, which bounds what is in flight. The heads that `.open`
/// deliveries carry were delivered as bytes just before, so they too are bounded by the batches.
final class DeliveryBatch {
    /// Bytes a batch carries; a longer block is split over batches.
    static let byteCapacity = 1 << 20
    /// Deliveries a batch carries, so that a run of tiny files is handed over in groups.
    static let deliveryCapacity = 1024

    private(set) var deliveries: [Delivery] = []
    let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: byteCapacity, alignment: 16)
    private(set) var used = 0
    /// The walk ended: nothing follows this batch.
    var isLast = false

    init() { deliveries.reserveCapacity(Self.deliveryCapacity) }

    deinit { bytes.deallocate() }

    /// No more deliveries fit.
    var isFull: Bool { deliveries.count >= Self.deliveryCapacity }

    /// Copies as much of `block` as fits and records it as bytes of `stream`; returns how many
    /// bytes were taken (0 when the batch is full).
    func append(bytesOf stream: Int, _ block: UnsafeRawBufferPointer) -> Int {
        let count = min(block.count, bytes.count - used)
        guard count > 0, !isFull else { return 0 }
        UnsafeMutableRawBufferPointer(rebasing: bytes[used..<(used + count)])
            .copyMemory(from: UnsafeRawBufferPointer(rebasing: block[..<count]))
        deliveries.append(.bytes(stream: stream, start: used, count: count))
        used += count
        return count
    }

    /// Records a delivery without bytes; false when the batch is full.
    func append(_ delivery: Delivery) -> Bool {
        guard !isFull else { return false }
        deliveries.append(delivery)
        return true
    }

    /// Empties the batch for reuse, keeping its storage.
    func reset() {
        deliveries.removeAll(keepingCapacity: true)
        used = 0
        isLast = false
    }
}
