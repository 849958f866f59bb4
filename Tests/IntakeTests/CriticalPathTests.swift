import Foundation
import Testing

@testable import Intake

/// The walk's threads give way to a member read beside it, once it is taken, and once only.
@Suite struct CriticalPathTests {
    /// The nice value of the calling thread.
    static func niceness() -> Int32 { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }

    /// Runs `body` on a thread of its own (giving way lasts as long as the thread), and returns
    /// what it returns.
    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.start()
        done.wait()
        return box.value!
    }

    final class ResultBox<T>: @unchecked Sendable {
        // Sendable by the semaphore that orders the one write before the read.
        var value: T?
    }

    @Test("a thread gives way only once a member is taken, by ten, and only once")
    func givesWayOnce() {
        let path = CriticalPath()
        let steps = Self.onOwnThread { () -> [Int32] in
            var gaveWay = false
            let start = Self.niceness()
            path.giveWay(&gaveWay)
            let beforeTaken = Self.niceness()
            path.memberTaken()
            path.giveWay(&gaveWay)
            let after = Self.niceness()
            path.giveWay(&gaveWay)
            return [start, beforeTaken, after, Self.niceness()]
        }
        #expect(steps[1] == steps[0])
        #expect(steps[2] == min(19, steps[0] + CriticalPath.niceness))
        #expect(steps[3] == steps[2])
    }

    @Test("giving way concerns the calling thread alone")
    func callingThreadAlone() {
        let path = CriticalPath()
        path.memberTaken()
        let before = Self.onOwnThread { Self.niceness() }
        _ = Self.onOwnThread { () -> Bool in
            var gaveWay = false
            path.giveWay(&gaveWay)
            return gaveWay
        }
        #expect(Self.onOwnThread { Self.niceness() } == before)
    }
}
