import Crypto
import Foundation

/// The inspection side of a walk: hashes every stream (SHA-256, unless the walk takes no digests)
/// and calls the visitor, in the order the walk delivered. It runs on the inspection thread, or
/// inline in a one-thread walk.
///
/// A batch with much to hash is hashed on another thread while the visitor reads it: hashing a
/// 200 MB log costs a fifth of reading it, and the two need not wait for each other. A digest is
/// taken only once the batch's hashing is done.
final class HashingDispatcher {
    private let visitor: any CaseVisitor
    private let hashes = StreamHashes()
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

    init(visitor: any CaseVisitor, takesDigests: Bool = true) {
        self.visitor = visitor
        self.takesDigests = takesDigests
    }

    /// Handles every delivery of a batch; `.bytes` refer to the batch's own bytes.
    func handle(_ batch: DeliveryBatch) {
        let hashing = DispatchGroup()
        if takesDigests && batch.used >= Self.asideBytes {
            let job = HashJob(hashes: hashes, batch: batch)
            DispatchQueue.global().async(group: hashing) { job.run() }
        } else if takesDigests {
            HashJob(hashes: hashes, batch: batch).run()
        }
        var hashed = false
        for delivery in batch.deliveries {
            switch delivery {
            case .bytes(let stream, let start, let count):
                sink(of: stream)?.write(UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)]))
            case .close, .endInput:
                if !hashed {
                    hashing.wait()
                    hashed = true
                }
                handle(delivery)
            default:
                handle(delivery)
            }
        }
        // The batch goes back to the walk to be refilled: its hashing must be over.
        if !hashed { hashing.wait() }
    }

    func bytes(_ stream: Int, _ block: UnsafeRawBufferPointer) {
        if takesDigests { hashes.update(stream, block) }
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
        case .endInput(let stream, let whole):
            dropSink(of: stream)
            let hasher = hashes.end(stream)
            if whole && takesDigests { inputDigests[stream] = Self.hex(hasher.finalize()) }
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

/// The SHA-256 state of every stream being read, newest last. Touched by one thread at a time: the
/// dispatcher's, or a batch's hash job while the dispatcher waits for it before any digest.
private final class StreamHashes: @unchecked Sendable {
    private var streams: [(id: Int, hasher: SHA256)] = []

    func update(_ stream: Int, _ block: UnsafeRawBufferPointer) {
        if let index = streams.lastIndex(where: { $0.id == stream }) {
            streams[index].hasher.update(bufferPointer: block)
        } else {
            var hasher = SHA256()
            hasher.update(bufferPointer: block)
            streams.append((stream, hasher))
        }
    }

    /// The stream's hash state, forgotten here: its stream has ended.
    func end(_ stream: Int) -> SHA256 {
        guard let index = streams.lastIndex(where: { $0.id == stream }) else { return SHA256() }
        return streams.remove(at: index).hasher
    }
}

/// Hashes the bytes a batch carries, stream by stream, in order.
private struct HashJob: @unchecked Sendable {
    // Sendable by hand-over: the batch is not refilled, nor the hashes read, until the job is done.
    let hashes: StreamHashes
    let batch: DeliveryBatch

    func run() {
        for case .bytes(let stream, let start, let count) in batch.deliveries {
            hashes.update(stream, UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)]))
        }
    }
}
