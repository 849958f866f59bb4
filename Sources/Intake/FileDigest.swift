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
/// the bytes are hashed once. The digest counts only if the file is the same when the walk is
/// done as when this read began (its size, times and inode), and this read saw as many bytes as
/// the walk.
final class FileDigest: @unchecked Sendable {
    // Sendable by the lock around `handed`, `urged` and `cancelled`.

    /// Blocks read ahead of the lane, and their size.
    static let blocksInFlight = 4
    static let blockBytes = 256 << 10

    /// What came of it, once the walk has read the file.
    enum Outcome: Equatable {
        case taken(String)
        /// No digest, and why (for the input's problems).
        case failed(String)
    }

    private let lane: DigestLane
    private let lock = NSLock()
    /// The works handed to the lane and not yet known to be hashed.
    private var handed: [DigestLane.Work] = []
    /// The walk read the file whole: what is left is hashed at once, whatever the time.
    private var urged = false
    /// The walk did not: reading stops.
    private var cancelled = false
    /// The file as this read began.
    private let identity: stat
    /// What this read saw: its digest and its length, or why it has none.
    private var work: BesideWork<Result<(sha256: String, bytes: Int64), Failure>, Never>?

    private struct Failure: Error {
        let reason: String
    }

    /// Starts hashing the file open as `fd` (read at offsets, so the walk's position is untouched),
    /// or returns nil when it cannot be opened again.
    static func start(_ fd: Int32, budget: IntakeBudget, lane: DigestLane) -> FileDigest? {
        var identity = stat()
        guard fstat(fd, &identity) == 0 else { return nil }
        let own = fcntl(fd, F_DUPFD_CLOEXEC, 0)
        guard own >= 0 else { return nil }
        let digest = FileDigest(lane: lane, identity: identity)
        digest.work = BesideWork {
            defer { close(own) }
            return digest.read(own, budget: budget)
        }
        return digest
    }

    private init(lane: DigestLane, identity: stat) {
        self.lane = lane
        self.identity = identity
    }

    /// Once the walk is done with the file open as `fd`: the digest if the walk read it whole, as
    /// `bytes` bytes, and it did not change meanwhile; nil when the walk did not read it whole.
    func finish(walkedFile fd: Int32, read bytes: Int64, whole: Bool) -> Outcome? {
        lock.withLock {
            if whole { urged = true } else { cancelled = true }
            lane.urge(handed)
        }
        guard let result = work?.value(), whole else { return nil }
        var now = stat()
        guard fstat(fd, &now) == 0, Self.same(now, identity) else {
            return .failed("the file changed while it was read")
        }
        switch result {
        case .failure(let failure):
            return .failed(failure.reason)
        case .success(let read) where read.bytes != bytes:
            return .failed("the file changed while it was read (\(bytes) bytes, then \(read.bytes))")
        case .success(let read):
            return .taken(read.sha256)
        }
    }

    private static func same(_ a: stat, _ b: stat) -> Bool {
        a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size
            && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec
            && a.st_ctim.tv_sec == b.st_ctim.tv_sec && a.st_ctim.tv_nsec == b.st_ctim.tv_nsec
    }

    private func read(_ fd: Int32, budget: IntakeBudget) -> Result<(sha256: String, bytes: Int64), Failure> {
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
        while true {
            // Until the walk has read the file whole, the intake's time limit holds here too.
            let (urged, cancelled) = lock.withLock { (self.urged, self.cancelled) }
            if cancelled { return .failure(Failure(reason: "the walk did not read the file whole")) }
            if !urged && budget.isOutOfTime {
                return .failure(Failure(reason: "the time limit came before its SHA-256 was taken"))
            }
            if let earlier = works[slot] {
                lane.wait(for: earlier)
                lock.withLock { handed.removeAll { $0 === earlier } }
                works[slot] = nil
            }
            let count = pread(fd, buffers[slot].baseAddress, Self.blockBytes, off_t(offset))
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                return .failure(Failure(reason: "reading it again failed: \(String(cString: strerror(errno)))"))
            }
            guard count > 0 else {
                for case let work? in works { lane.wait(for: work) }
                return .success((HashingDispatcher.hex(stream.finalize()), offset))
            }
            let work = lock.withLock {
                let work = DigestLane.Work(background: !self.urged)
                work.add(stream, UnsafeRawBufferPointer(rebasing: buffers[slot][..<count]))
                handed.append(work)
                lane.hand(work)
                return work
            }
            works[slot] = work
            slot = (slot + 1) % Self.blocksInFlight
            offset += Int64(count)
        }
    }
}
