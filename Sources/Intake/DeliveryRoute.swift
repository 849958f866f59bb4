import Foundation

/// How the walk reaches the visitor. With one thread, each delivery is handled as it is made.
/// With two, the walk (reading and decompressing) fills batches that a second thread, the
/// inspection thread, hashes and hands to the visitor, through a bounded hand-off: the two
/// overlap, and memory stays bounded by the batches in flight.
final class DeliveryRoute: StreamRoute {
    /// Batches of the two-thread route: one filled by the walk, one filled by a zip's side reader,
    /// one handled, the rest waiting.
    static let batchesInFlight = 4

    private let dispatcher: HashingDispatcher
    private let handOff: BoundedHandOff?
    /// The batch this route fills, taken from the hand-off when the first delivery comes.
    private var batch: DeliveryBatch?
    private let inspectionEnded: DispatchSemaphore?
    /// Stream numbers, shared by every route of the walk.
    let streams: StreamNumbers
    /// Without digests, only the bytes of files the visitor reads need to travel.
    let takesDigests: Bool
    /// Where every thread of a two-thread walk that takes digests has its streams hashed.
    let lane: DigestLane?
    /// The streams opened for the visitor through this route and not yet finished.
    private var openStreams: Set<Int> = []
    /// Shared by every route of the walk; the walk's own route gives way (`CriticalPath`), a side
    /// reader's does not.
    let criticalPath: CriticalPath
    private let givesWay: Bool
    private var gaveWay = false

    init(visitor: any CaseVisitor, threads: IntakeWalker.Threads, takesDigests: Bool = true) {
        lane = threads == .two && takesDigests ? DigestLane() : nil
        dispatcher = HashingDispatcher(visitor: visitor, takesDigests: takesDigests, lane: lane)
        self.takesDigests = takesDigests
        streams = StreamNumbers()
        criticalPath = CriticalPath()
        givesWay = true
        guard threads == .two else {
            handOff = nil
            inspectionEnded = nil
            return
        }
        let handOff = BoundedHandOff(count: Self.batchesInFlight)
        let ended = DispatchSemaphore(value: 0)
        self.handOff = handOff
        inspectionEnded = ended
        let inspection = InspectionThread(
            dispatcher: dispatcher, handOff: handOff, ended: ended, criticalPath: criticalPath)
        let thread = Thread { inspection.run() }
        thread.name = "caseintake inspection"
        // Parsers run here; give them the main thread's room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// A route into the same inspection thread, for a second thread that reads beside the walk;
    /// its batches are handed over in the order it fills them, between the walk's.
    private init(beside route: DeliveryRoute) {
        lane = route.lane
        dispatcher = route.dispatcher
        handOff = route.handOff
        inspectionEnded = nil
        streams = route.streams
        takesDigests = route.takesDigests
        criticalPath = route.criticalPath
        givesWay = false
    }

    /// A route for another thread of the walk, when the walk has an inspection thread to share.
    func beside() -> DeliveryRoute? { handOff == nil ? nil : DeliveryRoute(beside: self) }

    /// A number for a new stream (a file or archive about to be read).
    func newStream() -> Int { streams.next() }

    /// The next bytes of `stream`, copied when they travel to the other thread. Without digests,
    /// the bytes of an archive, and a file's before it is opened, go nowhere.
    func bytes(_ stream: Int, _ block: UnsafeRawBufferPointer) {
        if givesWay { criticalPath.giveWay(&gaveWay) }
        if !takesDigests && !openStreams.contains(stream) { return }
        guard let handOff else {
            dispatcher.bytes(stream, block)
            return
        }
        batch = handOff.fill(filling(handOff), bytesOf: stream, block)
    }

    /// Opens a member read beside the walk (`SideReader`): the visitor is asked for its sink on
    /// the inspection thread, in this route's order, and the sink returned here.
    func openBeside(stream: Int, header: EntryHeader, head: [UInt8]) -> (any EntrySink)? {
        let reply = BesideOpening()
        send(.openBeside(stream: stream, header: header, head: head, reply: reply))
        flush()
        return reply.sink()
    }

    func send(_ delivery: Delivery) {
        switch delivery {
        case .open(let stream, _, _): openStreams.insert(stream)
        case .finish(let stream, _), .endInput(let stream, _, _): openStreams.remove(stream)
        case .close(_, let stream?, _, _): openStreams.remove(stream)
        default: break
        }
        guard let handOff else {
            dispatcher.handle(delivery)
            return
        }
        let batch = filling(handOff)
        if !batch.append(delivery) {
            handOff.pass(batch)
            let next = handOff.emptyBatch()
            _ = next.append(delivery)
            self.batch = next
        }
    }

    /// Hands over what this route holds, so that the inspection thread sees it before anything
    /// the walk sends afterwards.
    func flush() {
        guard let handOff, let batch else { return }
        handOff.pass(batch)
        self.batch = nil
    }

    /// Ends the route: hands over what is left, waits until the visitor has seen every delivery,
    /// and returns the SHA-256 of each input file read whole, by stream.
    func end() -> [Int: String] {
        if let handOff, let inspectionEnded {
            let last = filling(handOff)
            last.isLast = true
            handOff.pass(last)
            batch = nil
            inspectionEnded.wait()
            lane?.end()
        }
        return dispatcher.inputDigests
    }

    private func filling(_ handOff: BoundedHandOff) -> DeliveryBatch {
        if let batch { return batch }
        let fresh = handOff.emptyBatch()
        batch = fresh
        return fresh
    }
}

/// Stream numbers, handed out to the walk and the thread that reads beside it.
final class StreamNumbers: @unchecked Sendable {
    // Sendable by its lock.
    private let lock = NSLock()
    private var last = 0

    func next() -> Int {
        lock.withLock {
            last += 1
            return last
        }
    }
}

/// The inspection thread's loop: handles batches in order until the last.
private final class InspectionThread: @unchecked Sendable {
    // Sendable by hand-over: the walk's thread no longer touches the dispatcher (and its visitor)
    // once this thread starts, until `ended` is signalled.
    private let dispatcher: HashingDispatcher
    private let handOff: BoundedHandOff
    private let ended: DispatchSemaphore
    private let criticalPath: CriticalPath

    init(dispatcher: HashingDispatcher, handOff: BoundedHandOff, ended: DispatchSemaphore, criticalPath: CriticalPath) {
        self.dispatcher = dispatcher
        self.handOff = handOff
        self.ended = ended
        self.criticalPath = criticalPath
    }

    func run() {
        var last = false
        var gaveWay = false
        while !last {
            let batch = handOff.filledBatch()
            criticalPath.giveWay(&gaveWay)
            dispatcher.handle(batch, ahead: handOff.waitingBatches())
            last = batch.isLast
            handOff.giveBack(batch)
        }
        ended.signal()
    }
}
