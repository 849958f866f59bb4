import Foundation

/// One direction of a TCP connection put back in order: emits each stream byte once,
/// holds out-of-order segments (bounded), and counts the bytes the capture never held.
///
/// Sequence numbers are compared modulo 2^32; SYN and FIN each take one number [RFC 9293 §3.4].
struct TcpStreamReassembler {
    /// Out-of-order data held per direction before the oldest gap is given up.
    static let maxHeldBytes = 1 << 20
    /// Out-of-order segments held: tiny segments must not make the buffer a long list.
    static let maxHeldSegments = 1024

    var started = false
    var ended = false
    var nextSeq: UInt32 = 0
    var finSeq: UInt32?
    var bytesMissing = 0
    /// Whether out-of-order data may be stored (false once nobody reads the stream).
    var keepsData = true
    private var held: [(seq: UInt32, bytes: [UInt8])] = []
    private var heldBytes = 0

    /// Distance from `nextSeq` to `seq`, negative when `seq` is already behind.
    @inline(__always) private func offset(_ seq: UInt32) -> Int { Int(Int32(bitPattern: seq &- nextSeq)) }

    /// Takes one segment; `uncaptured` is the tail of the payload cut off by the snapshot length.
    mutating func segment(
        seq: UInt32, syn: Bool, fin: Bool, payload: UnsafeRawBufferPointer, uncaptured: Int,
        deliver: (UnsafeRawBufferPointer) -> Void
    ) {
        if syn {
            if !started {
                started = true
                nextSeq = seq &+ 1
            }
        } else if !started {
            started = true
            nextSeq = seq
        }
        if ended { return }
        let dataSeq = syn ? seq &+ 1 : seq
        if !payload.isEmpty || uncaptured > 0 {
            let distance = offset(dataSeq)
            if distance <= 0 {
                let skip = -distance
                if skip < payload.count + uncaptured {
                    if skip < payload.count {
                        deliver(UnsafeRawBufferPointer(rebasing: payload[skip...]))
                        nextSeq = nextSeq &+ UInt32(truncatingIfNeeded: payload.count - skip)
                    }
                    let lost = min(uncaptured, payload.count + uncaptured - skip)
                    bytesMissing += lost
                    nextSeq = nextSeq &+ UInt32(truncatingIfNeeded: lost)
                    drain(deliver)
                }
            } else if keepsData && heldBytes + payload.count <= Self.maxHeldBytes && held.count < Self.maxHeldSegments
                && !payload.isEmpty
            {
                held.append((dataSeq, Array(payload)))
                heldBytes += payload.count
            } else if !payload.isEmpty {
                // The buffer is full: the oldest gap will not be filled in time.
                skipGaps(until: nil, deliver)
                if offset(dataSeq) > 0 {
                    bytesMissing += offset(dataSeq)
                    nextSeq = dataSeq
                }
                segment(
                    seq: dataSeq, syn: false, fin: false, payload: payload, uncaptured: uncaptured, deliver: deliver)
            }
        }
        if fin { finSeq = dataSeq &+ UInt32(truncatingIfNeeded: payload.count + uncaptured) }
        checkFin()
    }

    /// The peer acknowledged up to `ack`: bytes before it were received and will not be sent
    /// again, so a gap before `ack` is lasting.
    mutating func acknowledged(_ ack: UInt32, deliver: (UnsafeRawBufferPointer) -> Void) {
        guard started, !ended else { return }
        var limit = ack
        if let fin = finSeq, Int32(bitPattern: limit &- fin) > 0 { limit = fin }
        guard offset(limit) > 0 else { return }
        skipGaps(until: limit, deliver)
        checkFin()
    }

    /// Gives up the gaps before `limit` (all gaps when nil) and emits what follows them.
    mutating func skipGaps(until limit: UInt32?, _ deliver: (UnsafeRawBufferPointer) -> Void) {
        while true {
            drain(deliver)
            let target = limit.map { offset($0) } ?? Int.max
            guard target > 0 else { return }
            let earliest = held.indices.min { offset(held[$0].seq) < offset(held[$1].seq) }
            if let index = earliest, offset(held[index].seq) < target {
                bytesMissing += offset(held[index].seq)
                nextSeq = held[index].seq
            } else {
                if let limit {
                    bytesMissing += target
                    nextSeq = limit
                }
                return
            }
        }
    }

    /// Ends the direction (RST, or the end of the capture): remaining gaps become missing bytes.
    mutating func close(_ deliver: (UnsafeRawBufferPointer) -> Void) {
        if !ended { skipGaps(until: nil, deliver) }
        ended = true
        held = []
        heldBytes = 0
    }

    private mutating func drain(_ deliver: (UnsafeRawBufferPointer) -> Void) {
        var index = 0
        while index < held.count {
            let distance = offset(held[index].seq)
            if distance > 0 {
                index += 1
                continue
            }
            let entry = held.remove(at: index)
            heldBytes -= entry.bytes.count
            let skip = -distance
            if skip < entry.bytes.count {
                entry.bytes.withUnsafeBytes { deliver(UnsafeRawBufferPointer(rebasing: $0[skip...])) }
                nextSeq = nextSeq &+ UInt32(truncatingIfNeeded: entry.bytes.count - skip)
            }
            index = 0
        }
    }

    private mutating func checkFin() {
        if let fin = finSeq, offset(fin) <= 0, held.isEmpty { ended = true }
    }

    /// Stops storing out-of-order data (the stream is encrypted or not read).
    mutating func stopKeepingData() {
        keepsData = false
        held = []
        heldBytes = 0
    }
}
