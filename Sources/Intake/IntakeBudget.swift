import Foundation

/// What the whole case has used of its limits so far: shared by every archive and entry of one
/// walk, and by the thread that reads a zip's large members beside it (`SideReader`), hence locked.
final class IntakeBudget: @unchecked Sendable {
    // Sendable by the lock around every counter.
    let limits: IntakeLimits
    private let deadline: Date
    private let lock = NSLock()
    private var totalRead: Int64 = 0
    private var entryCount = 0
    private var spoolHeld: Int64 = 0

    init(limits: IntakeLimits) {
        self.limits = limits
        deadline = Date(timeIntervalSinceNow: limits.seconds)
    }

    var isOutOfTime: Bool { Date() > deadline }

    /// Entries listed so far.
    var entries: Int { lock.withLock { entryCount } }

    /// Decompressed bytes the case may still read.
    var bytesLeft: Int64 { lock.withLock { max(0, limits.totalBytes - totalRead) } }

    /// Counts one more listed entry; false once the entry limit is passed.
    func admitEntry() -> Bool {
        lock.withLock {
            entryCount += 1
            return entryCount <= limits.entries
        }
    }

    /// Counts up to `count` more bytes read and returns how many the case may still read.
    func take(_ count: Int) -> Int {
        lock.withLock {
            let left = limits.totalBytes - totalRead
            let allowed = left <= 0 ? 0 : Int(min(Int64(count), left))
            totalRead += Int64(allowed)
            return allowed
        }
    }

    /// Counts `count` more bytes into temporary copies; false, counting nothing, past the spool limit.
    func spool(_ count: Int64) -> Bool {
        lock.withLock {
            guard spoolHeld + count <= limits.spoolBytes else { return false }
            spoolHeld += count
            return true
        }
    }

    /// A temporary copy of `count` bytes is gone.
    func unspool(_ count: Int64) { lock.withLock { spoolHeld -= count } }
}
