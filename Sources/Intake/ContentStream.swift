import Foundation

/// Where a content stream's bytes go: to the walk's inspection thread (`DeliveryRoute`), or to a
/// side reader's own (`SideInspection`).
protocol StreamRoute: AnyObject {
    /// A number for a new stream (a file or archive about to be read).
    func newStream() -> Int
    /// The next bytes of `stream`.
    func bytes(_ stream: Int, _ block: UnsafeRawBufferPointer)
}

/// The content of one received file or archive as it is read: every block is counted, checked
/// against the limits and delivered for hashing (SHA-256) exactly once, however many readers look at it.
final class ContentStream {
    /// One step of the underlying reader.
    enum Pull {
        case data(UnsafeRawBufferPointer)
        case end
        case failure(IntakeProblem.Code, String)
    }

    let path: CasePath
    /// The number its bytes are delivered under.
    let stream: Int
    private let route: any StreamRoute
    private let pull: () -> Pull
    private let budget: IntakeBudget
    private let compressedBytes: (() -> Int64)?
    private let compressedAtStart: Int64
    private let isBounded: Bool
    private(set) var bytes: Int64 = 0
    /// Why the content ended before its end, if it did.
    private(set) var problem: IntakeProblem?
    private(set) var ended = false
    /// The bytes go to the route; not once nobody needs them (`deliversNothing`).
    private var delivers = true
    /// Moves the underlying reader forward without reading: the bytes it passed over, or nil
    /// when it cannot.
    private let skipper: ((Int64) -> Int64?)?

    /// - Parameters:
    ///   - compressedBytes: compressed bytes consumed so far by the archive the content comes
    ///     from, for the compression-ratio guard; nil for a file on disk.
    ///   - bounded: count the bytes against the entry and total limits. An input file on disk
    ///     is what it is; the limits guard what decompression produces from it.
    init(
        path: CasePath, budget: IntakeBudget, route: any StreamRoute, compressedBytes: (() -> Int64)? = nil,
        bounded: Bool = true, pull: @escaping () -> Pull, skip: ((Int64) -> Int64?)? = nil
    ) {
        self.path = path
        self.route = route
        stream = route.newStream()
        self.isBounded = bounded
        self.pull = pull
        skipper = skip
        self.budget = budget
        self.compressedBytes = compressedBytes
        compressedAtStart = compressedBytes?() ?? 0
    }

    /// The next block, counted and hashed; nil at the end or once a limit or failure ended it.
    func next() -> UnsafeRawBufferPointer? {
        guard !ended else { return nil }
        if budget.isOutOfTime { return stop(.outOfTime, "the intake ran longer than \(Int(budget.limits.seconds)) s") }
        switch pull() {
        case .end:
            ended = true
            return nil
        case .failure(let code, let detail):
            return stop(code, detail)
        case .data(var block):
            guard isBounded else {
                bytes += Int64(block.count)
                if delivers { route.bytes(stream, block) }
                return block
            }
            let entryLeft = budget.limits.entryBytes - bytes
            if Int64(block.count) > entryLeft {
                block = UnsafeRawBufferPointer(rebasing: block[..<Int(max(0, entryLeft))])
                problem = IntakeProblem(
                    .entryTooLarge, path, "only the first \(budget.limits.entryBytes) bytes were read")
            }
            let allowed = budget.take(block.count)
            if allowed < block.count {
                block = UnsafeRawBufferPointer(rebasing: block[..<allowed])
                problem = IntakeProblem(
                    .totalTooLarge, path, "the case passed \(budget.limits.totalBytes) bytes in all")
            }
            bytes += Int64(block.count)
            if delivers { route.bytes(stream, block) }
            if problem != nil { ended = true }
            if problem == nil, let ratioProblem = checkRatio() { problem = ratioProblem; ended = true }
            return block.isEmpty && ended ? nil : block
        }
    }

    /// Reads up to `size` bytes from the start for recognition; they stay part of the content.
    func readHead(_ size: Int) -> [UInt8] {
        var head: [UInt8] = []
        while head.count < size, let block = next() {
            head.append(contentsOf: block)
        }
        return head
    }

    /// Nobody needs the bytes: no digest is taken, or it is taken from the file itself
    /// (`FileDigest`). From now on they are counted but go nowhere, and may be skipped.
    func deliversNothing() { delivers = false }

    /// Passes over up to `count` bytes without reading them, when nobody needs them and the reader
    /// can seek; returns how many it passed over (0: read them instead).
    func skip(_ count: Int64) -> Int64 {
        guard !ended, !delivers, !isBounded, let skipper else { return 0 }
        if budget.isOutOfTime {
            _ = stop(.outOfTime, "the intake ran longer than \(Int(budget.limits.seconds)) s")
            return 0
        }
        guard let skipped = skipper(count) else {
            _ = stop(.inputUnreadable, String(cString: strerror(errno)))
            return 0
        }
        bytes += skipped
        return skipped
    }

    /// Reads and delivers whatever is left, so the digest covers the whole content; what nobody
    /// needs is passed over where the reader can seek (`skip`), and only counted.
    func drain() {
        if !delivers { while skip(1 << 30) > 0 {} }
        while next() != nil {}
    }

    /// The content was read to its end without a problem: its SHA-256 describes all of it.
    var isWhole: Bool { ended && problem == nil }

    private func stop(_ code: IntakeProblem.Code, _ detail: String) -> UnsafeRawBufferPointer? {
        ended = true
        problem = IntakeProblem(code, path, detail)
        return nil
    }

    private func checkRatio() -> IntakeProblem? {
        guard let compressedBytes, bytes > 64 << 20 else { return nil }
        let compressed = max(1, compressedBytes() - compressedAtStart)
        guard bytes / compressed > budget.limits.compressionRatio else { return nil }
        return IntakeProblem(
            .compressionRatio, path,
            "\(bytes) bytes came from \(compressed) compressed bytes (over \(budget.limits.compressionRatio):1); "
                + "reading stopped as for a zip bomb")
    }
}
