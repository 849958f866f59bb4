import Crypto

/// The inspection side of a walk: hashes every stream (SHA-256) and calls the visitor, in the
/// order the walk delivered. It runs on the inspection thread, or inline in a one-thread walk.
final class HashingDispatcher {
    private final class Stream {
        let id: Int
        var hasher = SHA256()
        var sink: (any EntrySink)?

        init(id: Int) { self.id = id }
    }

    private let visitor: any CaseVisitor
    /// Streams being read: an archive's stream stays open while its members are read, so there
    /// are at most as many as archives are nested, and the newest is looked at first.
    private var streams: [Stream] = []
    /// SHA-256 of each input file read whole, by stream.
    private(set) var inputDigests: [Int: String] = [:]

    init(visitor: any CaseVisitor) { self.visitor = visitor }

    /// Handles every delivery of a batch; `.bytes` refer to the batch's own bytes.
    func handle(_ batch: DeliveryBatch) {
        for delivery in batch.deliveries {
            if case .bytes(let stream, let start, let count) = delivery {
                bytes(stream, UnsafeRawBufferPointer(rebasing: batch.bytes[start..<(start + count)]))
            } else {
                handle(delivery)
            }
        }
    }

    func bytes(_ stream: Int, _ block: UnsafeRawBufferPointer) {
        let state = self.stream(stream)
        state.hasher.update(bufferPointer: block)
        state.sink?.write(block)
    }

    func handle(_ delivery: Delivery) {
        switch delivery {
        case .bytes:
            preconditionFailure("bytes are handled with the batch that carries them")
        case .open(let stream, let header, let head):
            let state = self.stream(stream)
            state.sink = head.withUnsafeBytes { visitor.open(header, head: $0) }
            head.withUnsafeBytes { state.sink?.write($0) }
        case .finish(let stream, let complete):
            let state = self.stream(stream)
            state.sink?.finish(complete: complete)
            state.sink = nil
        case .close(let entry, let stream, let whole, let input):
            let digest = stream.map { end($0) }.flatMap { whole ? Self.hex($0.hasher.finalize()) : nil }
            if input, let stream, let digest { inputDigests[stream] = digest }
            visitor.close(
                ReceivedEntry(
                    header: entry.header, type: entry.type, linkTarget: entry.linkTarget,
                    archiveFormat: entry.archiveFormat, bytes: entry.bytes, sha256: digest, problems: entry.problems))
        case .endInput(let stream, let whole):
            let state = end(stream)
            if whole { inputDigests[stream] = Self.hex(state.hasher.finalize()) }
        }
    }

    private func stream(_ id: Int) -> Stream {
        if let state = streams.last(where: { $0.id == id }) { return state }
        let state = Stream(id: id)
        streams.append(state)
        return state
    }

    private func end(_ id: Int) -> Stream {
        guard let index = streams.lastIndex(where: { $0.id == id }) else { return Stream(id: id) }
        return streams.remove(at: index)
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
