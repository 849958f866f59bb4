import Foundation

/// The inspection side of a walk: hashes every stream (SHA-256, unless the walk takes no digests)
/// and calls the visitor, in the order the walk delivered. It runs on the inspection thread, or
/// inline in a one-thread walk.
///
/// A batch with much to hash is hashed by the walk's digest lane (`DigestLane`) while the visitor
/// reads it: hashing a 200 MB log costs a fifth of reading it, and the two need not wait for each
/// other. The large batches waiting behind it are handed to the lane too, so that it finds more
/// streams to pair. A digest is taken only once the batch's hashing is done.
final class HashingDispatcher {
    private let visitor: any CaseVisitor
    private let hashes = StreamHashes()
    private let lane: DigestLane?
    /// The works of batches handed to the lane before their turn, by batch.
    private var handedAhead: [ObjectIdentifier: [DigestLane.Work]] = [:]
    /// The sinks of the files being read: an archive's stream stays open while its members are
    /// read, so there are at most as many as archives are nested, and the newest is looked at first.
    private var sinks: [(stream: Int, sink: (any EntrySink)?)] = []
    /// SHA-256 of each input file read whole, by stream.
    private(set) var inputDigests: [Int: String] = [:]

    /// Bytes in a batch worth hashing on another thread; below, the hop costs more than it saves.
    static let asideBytes = 256 << 10

    /// False when nobody will see a digest (`caseintake check`): the bytes then go to the visitor
    /// unhashed, which spares a fifth of the work on a large log.
    private let takesDigests: Bool

    /// - Parameter lane: hashes large batches beside the visitor; without, the dispatcher hashes.
    init(visitor: any CaseVisitor, takesDigests: Bool = true, lane: DigestLane? = nil) {
        self.visitor = visitor
        self.takesDigests = takesDigests
        self.lane = lane
    }

    /// Handles every delivery of a batch; `.bytes` refer to the batch's own bytes.
    /// - Parameter ahead: the batches waiting behind it, whose bytes the lane may hash meanwhile.
    func handle(_ batch: DeliveryBatch, ahead: [DeliveryBatch] = []) {
        var works: [DigestLane.Work] = []
        if let handed = handedAhead.removeValue(forKey: ObjectIdentifier(batch)) {
            works = handed
        } else if takesDigests, let lane, batch.used >= Self.asideBytes {
            works = hashWorks(of: batch)
            works.forEach(lane.hand)
        } else if takesDigests {
            for case .bytes(let stream, let start, let count) in batch.deliveries {
                hashes.hasher(of: stream).update(UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)]))
            }
        }
        handAhead(ahead)
        for delivery in batch.deliveries {
            switch delivery {
            case .bytes(let stream, let start, let count):
                sink(of: stream)?.write(UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)]))
            case .close, .endInput:
                waitFor(&works)
                handle(delivery)
            default:
                handle(delivery)
            }
        }
        // The batch goes back to the walk to be refilled: its hashing must be over.
        waitFor(&works)
    }

    /// Hands the lane the bytes of the large batches waiting in line, up to the first small one
    /// (hashed here, in order, when its turn comes): the more bytes wait in the lane, the more
    /// often it finds two streams to hash side by side.
    private func handAhead(_ batches: [DeliveryBatch]) {
        guard takesDigests, let lane else { return }
        for batch in batches where handedAhead[ObjectIdentifier(batch)] == nil {
            guard batch.used >= Self.asideBytes else { return }
            let works = hashWorks(of: batch)
            works.forEach(lane.hand)
            handedAhead[ObjectIdentifier(batch)] = works
        }
    }

    /// A work for each stream with much in the batch, and one for the rest: the lane hashes two
    /// streams side by side, an archive's bytes beside its member's.
    private func hashWorks(of batch: DeliveryBatch) -> [DigestLane.Work] {
        var counts: [Int: Int] = [:]
        for case .bytes(let stream, _, let count) in batch.deliveries { counts[stream, default: 0] += count }
        var own: [Int: DigestLane.Work] = [:]
        var works: [DigestLane.Work] = []
        let rest = DigestLane.Work()
        for case .bytes(let stream, let start, let count) in batch.deliveries {
            let work: DigestLane.Work
            if counts[stream, default: 0] < Self.asideBytes / 2 {
                work = rest
            } else if let existing = own[stream] {
                work = existing
            } else {
                work = DigestLane.Work()
                own[stream] = work
                works.append(work)
            }
            work.add(hashes.hasher(of: stream), UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)]))
        }
        return rest.isEmpty ? works : works + [rest]
    }

    private func waitFor(_ works: inout [DigestLane.Work]) {
        for work in works { lane?.wait(for: work) }
        works = []
    }

    func bytes(_ stream: Int, _ block: UnsafeRawBufferPointer) {
        if takesDigests { hashes.hasher(of: stream).update(block) }
        sink(of: stream)?.write(block)
    }

    func handle(_ delivery: Delivery) {
        switch delivery {
        case .bytes:
            preconditionFailure("bytes are handled with the batch that carries them")
        case .open(let stream, let header, let head):
            // The head read for recognition ends where a block of the reader ended; the visitor is
            // shown the first `headSize` bytes, the same whatever reader's blocks they came in.
            let sink = head.withUnsafeBytes {
                visitor.open(header, head: UnsafeRawBufferPointer(rebasing: $0.prefix(IntakeWalker.headSize)))
            }
            sinks.append((stream, sink))
            head.withUnsafeBytes { sink?.write($0) }
        case .openBeside(_, let header, let head, let reply):
            reply.hand(
                head.withUnsafeBytes {
                    visitor.open(header, head: UnsafeRawBufferPointer(rebasing: $0.prefix(IntakeWalker.headSize)))
                })
        case .finish(let stream, let complete):
            guard let index = sinks.lastIndex(where: { $0.stream == stream }) else { return }
            sinks.remove(at: index).sink?.finish(complete: complete)
        case .close(let entry, let stream, let whole, let input):
            if let stream { dropSink(of: stream) }
            let hasher = stream.map { hashes.end($0) }
            let digest = takesDigests ? entry.sha256 ?? hasher.flatMap { whole ? Self.hex($0.finalize()) : nil } : nil
            if input, let stream, let digest { inputDigests[stream] = digest }
            visitor.close(
                ReceivedEntry(
                    header: entry.header, type: entry.type, linkTarget: entry.linkTarget,
                    archiveFormat: entry.archiveFormat, bytes: entry.bytes, isWhole: stream != nil && whole,
                    sha256: digest, problems: entry.problems))
        case .endInput(let stream, let whole, let digest):
            dropSink(of: stream)
            let hasher = hashes.end(stream)
            if whole && takesDigests { inputDigests[stream] = digest ?? Self.hex(hasher.finalize()) }
        }
    }

    private func sink(of stream: Int) -> (any EntrySink)? {
        sinks.last(where: { $0.stream == stream })?.sink
    }

    /// A stream that ends without `.finish` has its sink dropped unfinished.
    private func dropSink(of stream: Int) {
        if let index = sinks.lastIndex(where: { $0.stream == stream }) { sinks.remove(at: index) }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// Lower-case hex, as sha256sum prints it.
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// The SHA-256 state of every stream being read, newest last. Touched by the dispatcher's thread;
/// a stream's state is updated by the lane only while the dispatcher waits for its batch.
private final class StreamHashes {
    private var streams: [(id: Int, hasher: SHA256Stream)] = []

    /// The stream's hash state, begun when the stream's first bytes come.
    func hasher(of stream: Int) -> SHA256Stream {
        if let index = streams.lastIndex(where: { $0.id == stream }) { return streams[index].hasher }
        let hasher = SHA256Stream()
        streams.append((stream, hasher))
        return hasher
    }

    /// The stream's hash state, forgotten here: its stream has ended.
    func end(_ stream: Int) -> SHA256Stream {
        guard let index = streams.lastIndex(where: { $0.id == stream }) else { return SHA256Stream() }
        return streams.remove(at: index).hasher
    }
}
