import Foundation

/// The SHA-256 of a large archive on disk, read from the file on a thread of its own while the
/// walk decompresses its members, and hashed beside them (`DigestLane`).
///
/// Hashed in the walk's stream, the archive's own bytes came last: a zip's later members are
/// decompressed beside the walk (`SideReader`), and the walk passes over their compressed bytes
/// only once it has read the members before them. Hashing those bytes then, in order, behind
/// everything else, was the end of a large case's run (90 ms of a second on a 156 MB zip), with
/// the other core idle; and a 7z, read by seeking, was hashed whole before its walk began. Read
/// here from the start, the archive's bytes are hashed in the lane as background work,
/// two blocks at a time with the members' bytes, and only what is left when the walk needs the
/// digest is hashed alone.
///
/// The file is read twice, here and by the walk (the second read comes from the page cache);
/// the bytes are hashed once. The digest counts only if this read saw as many bytes as the walk:
/// a file that changed size meanwhile gets no digest.
final class FileDigest: @unchecked Sendable {
    // Sendable by the lock around `handed` and `urged`.

    /// Blocks read ahead of the lane, and their size.
    static let blocksInFlight = 4
    static let blockBytes = 256 << 10

    private let lane: DigestLane
    private let lock = NSLock()
    /// The works handed to the lane and not yet known to be hashed.
    private var handed: [DigestLane.Work] = []
    /// The walk waits for the digest: what is left is hashed at once.
    private var urged = false
    /// What this read saw: its digest and its length, or nil when the file could not be read to
    /// its end (an error, or the intake's time limit).
    private var work: BesideWork<(sha256: String, bytes: Int64)?, Never>?

    /// Starts hashing the file open as `fd` (read at offsets, so the walk's position is untouched),
    /// or returns nil when it cannot be opened again.
    static func start(_ fd: Int32, budget: IntakeBudget, lane: DigestLane) -> FileDigest? {
        let own = dup(fd)
        guard own >= 0 else { return nil }
        let digest = FileDigest(lane: lane)
        digest.work = BesideWork {
            defer { close(own) }
            return digest.read(own, budget: budget)
        }
        return digest
    }

    private init(lane: DigestLane) { self.lane = lane }

    /// The digest, once taken, if this read saw `bytes` bytes, as the walk did.
    func sha256(ifRead bytes: Int64) -> String? {
        lock.withLock {
            urged = true
            lane.urge(handed)
        }
        guard let read = work?.value(), read.bytes == bytes else { return nil }
        return read.sha256
    }

    private func read(_ fd: Int32, budget: IntakeBudget) -> (sha256: String, bytes: Int64)? {
        let stream = SHA256Stream()
        let buffers = (0..<Self.blocksInFlight).map { _ in
            UnsafeMutableRawBufferPointer.allocate(byteCount: Self.blockBytes, alignment: 64)
        }
        var works: [DigestLane.Work?] = Array(repeating: nil, count: Self.blocksInFlight)
        defer {
            // The lane reads the buffers until their works are hashed.
            for case let work? in works { lane.wait(for: work) }
            buffers.forEach { $0.deallocate() }
        }
        var offset: Int64 = 0
        var slot = 0
        while !budget.isOutOfTime {
            if let earlier = works[slot] {
                lane.wait(for: earlier)
                lock.withLock { handed.removeAll { $0 === earlier } }
                works[slot] = nil
            }
            let count = pread(fd, buffers[slot].baseAddress, Self.blockBytes, off_t(offset))
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            guard count > 0 else {
                for case let work? in works { lane.wait(for: work) }
                return (HashingDispatcher.hex(stream.finalize()), offset)
            }
            let work = lock.withLock {
                let work = DigestLane.Work(background: !urged)
                work.add(stream, UnsafeRawBufferPointer(rebasing: buffers[slot][..<count]))
                handed.append(work)
                lane.hand(work)
                return work
            }
            works[slot] = work
            slot = (slot + 1) % Self.blocksInFlight
            offset += Int64(count)
        }
        return nil
    }
}
