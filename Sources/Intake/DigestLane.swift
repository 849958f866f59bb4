import Foundation

/// The thread that takes the SHA-256 of every stream of a walk (when the walk takes digests),
/// two streams at a time whenever two have bytes waiting (`SHA256Stream.update(_:_:_:_:)`).
///
/// A large case has several streams at once: the archive's own bytes (`FileDigest`), the member
/// the walk decompresses, the member read beside it (`SideReader`). Each used to be hashed on the
/// thread that read it, one message at a time, at half what the processor's SHA unit can do; a
/// fifth of a large case's work was hashing. Here they meet and are hashed in pairs.
///
/// Producers hand over `Work` (runs of bytes, each of one stream) and wait for it before they
/// reuse its memory or take a digest. Works that share a stream are hashed in the order handed
/// over, one after the other; others in any order, two at once.
/// A work handed over as `background` (the archive's own bytes, needed only at the end) is hashed
/// only beside another, until it is `urge`d.
final class DigestLane: @unchecked Sendable {
    // Sendable by the condition's lock around `queue` and each work's progress; the bytes of a
    // run are read by the lane's thread only while its producer waits for the work.

    /// Bytes hashed alone before the lane looks again for a partner.
    static let aloneBytes = 64 << 10

    /// Runs of bytes to hash, in order; background work waits for a partner (see above).
    final class Work: @unchecked Sendable {
        fileprivate var runs: [(stream: SHA256Stream, bytes: UnsafeRawBufferPointer)] = []
        /// The streams the runs are of.
        fileprivate var streams = Set<ObjectIdentifier>()
        /// The run being hashed, and how far.
        fileprivate var index = 0
        fileprivate var offset = 0
        fileprivate var isBackground: Bool

        init(background: Bool = false) { isBackground = background }

        /// Adds a run: `bytes` of `stream`, which must stay valid until the work is done.
        func add(_ stream: SHA256Stream, _ bytes: UnsafeRawBufferPointer) {
            guard !bytes.isEmpty else { return }
            runs.append((stream, bytes))
            streams.insert(ObjectIdentifier(stream))
        }

        var isEmpty: Bool { runs.isEmpty }
        fileprivate var isDone: Bool { index == runs.count }
        fileprivate var stream: SHA256Stream { runs[index].stream }
        fileprivate var rest: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: runs[index].bytes[offset...]) }

        fileprivate func advance(by count: Int) {
            offset += count
            if offset == runs[index].bytes.count {
                index += 1
                offset = 0
            }
        }
    }

    private let condition = NSCondition()
    private var queue: [Work] = []
    private var ending = false
    private let ended = DispatchSemaphore(value: 0)

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "caseintake digests"
        thread.start()
    }

    /// Hands `work` to the lane; `wait` for it before touching its bytes or streams again.
    func hand(_ work: Work) {
        guard !work.isEmpty else { return }
        condition.withLock {
            precondition(!ending, "work handed to a digest lane that has ended")
            // Background work that this work must wait behind is needed now.
            if !work.isBackground {
                for earlier in queue where !earlier.streams.isDisjoint(with: work.streams) {
                    earlier.isBackground = false
                }
            }
            queue.append(work)
            condition.broadcast()
        }
    }

    /// Waits until `work` is hashed (a background work waits for a partner, or to be urged).
    func wait(for work: Work) {
        condition.withLock {
            while !work.isDone { condition.wait() }
        }
    }

    /// The background works are needed now: they are hashed alone if no partner comes.
    func urge(_ works: [Work]) {
        condition.withLock {
            for work in works { work.isBackground = false }
            condition.broadcast()
        }
    }

    /// Ends the thread once everything handed over is hashed.
    func end() {
        let first = condition.withLock {
            defer { ending = true }
            for work in queue { work.isBackground = false }
            condition.broadcast()
            return !ending
        }
        if first { ended.wait() }
    }

    private func run() {
        while let (first, second) = next() {
            let count: Int
            if let second {
                let (a, b) = (first.rest, second.rest)
                count = min(a.count, b.count)
                SHA256Stream.update(
                    first.stream, UnsafeRawBufferPointer(rebasing: a[..<count]), second.stream,
                    UnsafeRawBufferPointer(rebasing: b[..<count]))
            } else {
                let rest = first.rest
                count = min(rest.count, Self.aloneBytes)
                first.stream.update(UnsafeRawBufferPointer(rebasing: rest[..<count]))
            }
            condition.withLock {
                first.advance(by: count)
                second?.advance(by: count)
                if first.isDone || second?.isDone == true {
                    queue.removeAll { $0.isDone }
                    condition.broadcast()
                }
            }
        }
        ended.signal()
    }

    /// The next work to hash and, when there is one, another to hash beside it; nil once the
    /// lane ends with nothing left.
    private func next() -> (Work, Work?)? {
        condition.withLock {
            while true {
                // A work waits behind any earlier one that has bytes of one of its streams: a
                // producer's consecutive works, or a batch's small streams run together in one
                // work, one of which has a work of its own in the next batch.
                let ready = queue.indices.filter { index in
                    !queue[..<index].contains { !$0.streams.isDisjoint(with: queue[index].streams) }
                }.map { queue[$0] }
                // Background work fills in beside a work that has no other partner.
                if let first = ready.first(where: { !$0.isBackground }) {
                    return (first, ready.first { $0 !== first && !$0.isBackground } ?? ready.first { $0 !== first })
                }
                if ready.count >= 2 { return (ready[0], ready[1]) }
                if queue.isEmpty && ending { return nil }
                condition.wait()
            }
        }
    }
}
