import Foundation

/// The walk's threads give way to a member read beside it: once the side reader takes a member,
/// the walk's thread and its inspection thread lower their own priority (and the event log's
/// lanes follow the thread that feeds them), so that the scheduler gives the side reader a core.
///
/// Decompressing the largest member is the longest chain of a case, and a chain of one thread:
/// sharing the cores evenly among the five threads at work gave it a third of one while the event
/// log was read, and the whole of one, alone, after. Run as two processes, a 200 MB log and a
/// 300 MB capture took 0.87–1.02 s; with the log's process at nice 10, 0.76–0.80 s (bsdtar 0.75 s).
///
/// A thread can lower its priority but not raise it back (without privilege): a thread that gave
/// way stays so, which matters only while the side reader runs, since they compete with nobody
/// else.
final class CriticalPath: @unchecked Sendable {
    // Sendable by `lock` around `taken`.
    private let lock = NSLock()
    private var taken = false

    /// How far the other threads step back: nice 10 gives a thread a tenth of the share of one at 0.
    static let niceness: Int32 = 10

    /// The side reader took a member: the walk's threads are to give way.
    func memberTaken() { lock.withLock { taken = true } }

    var isTaken: Bool { lock.withLock { taken } }

    /// Lowers the calling thread's priority by `niceness`, once: `gaveWay` is the caller's own flag.
    func giveWay(_ gaveWay: inout Bool) {
        guard !gaveWay, isTaken else { return }
        gaveWay = true
        Self.lowerCallingThread(by: Self.niceness)
    }

    /// Linux: `setpriority(PRIO_PROCESS, 0, …)` concerns the calling thread alone.
    static func lowerCallingThread(by step: Int32) {
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        guard errno == 0 else { return }
        _ = setpriority(which, 0, min(19, current + step))
    }
}
