import Foundation
import Testing

@testable import Intake

/// Work started beside the caller: it runs on a thread of its own while the caller goes on, and
/// its value (or error) is taken later, as often as asked.
@Suite struct BesideWorkTests {
    struct Refused: Error, Equatable {}

    @Test("the work runs while the caller goes on, on another thread")
    func runsBesideTheCaller() {
        let callerGoesOn = DispatchSemaphore(value: 0)
        let caller = pthread_self()
        // Had the work run inside `init`, it would wait the whole ten seconds in vain.
        let work = BesideWork { () -> (sawCaller: Bool, ownThread: Bool) in
            let sawCaller = callerGoesOn.wait(timeout: .now() + 10) == .success
            return (sawCaller, pthread_equal(pthread_self(), caller) == 0)
        }
        callerGoesOn.signal()
        let value = work.value()
        #expect(value.sawCaller)
        #expect(value.ownThread)
    }

    @Test("every call gives the value the work gave once")
    func valueAsOftenAsAsked() {
        let runs = Counter()
        let work = BesideWork { () -> Int in
            runs.add()
            return 42
        }
        #expect(work.value() == 42)
        #expect(work.value() == 42)
        #expect(runs.count == 1)
    }

    @Test("an error of the work is thrown by every call for its value")
    func errorAsOftenAsAsked() {
        let work = BesideWork { () throws(Refused) -> Int in throw Refused() }
        #expect(throws: Refused()) { try work.value() }
        #expect(throws: Refused()) { try work.value() }
    }

    final class Counter: @unchecked Sendable {
        // Sendable by `lock`.
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }
}
