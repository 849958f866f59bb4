import Foundation

/// What the whole case has used of its limits so far: shared by every archive and entry of one walk.
final class IntakeBudget {
    let limits: IntakeLimits
    private let deadline: Date
    private(set) var totalBytes: Int64 = 0
    private(set) var entries = 0
    /// Bytes in temporary copies now open: nested archives inside nested archives each hold one.
    private(set) var spooled: Int64 = 0

    init(limits: IntakeLimits) {
        self.limits = limits
        deadline = Date(timeIntervalSinceNow: limits.seconds)
    }

    var isOutOfTime: Bool { Date() > deadline }

    /// Counts one more listed entry; false once the entry limit is passed.
    func admitEntry() -> Bool {
        entries += 1
        return entries <= limits.entries
    }

    /// How many of `count` more bytes the case may still read.
    func allowance(_ count: Int) -> Int {
        let left = limits.totalBytes - totalBytes
        return left <= 0 ? 0 : Int(min(Int64(count), left))
    }

    func charge(_ count: Int) { totalBytes += Int64(count) }

    /// Counts `count` more bytes into temporary copies; false, counting nothing, past the spool limit.
    func spool(_ count: Int64) -> Bool {
        guard spooled + count <= limits.spoolBytes else { return false }
        spooled += count
        return true
    }

    /// A temporary copy of `count` bytes is gone.
    func unspool(_ count: Int64) { spooled -= count }
}
