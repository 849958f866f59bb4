import Foundation

/// Reads the large members of a zip received as a file on a thread of its own, ahead of the walk,
/// so that two members decompress at once: a case of a 200 MB event log and a 300 MB capture
/// otherwise waits for the log's records to be read before the capture starts to decompress.
///
/// The reader opens the zip a second time (a new description of the same open file, so the two
/// never share a file position), lists it through its central directory, and takes a member
/// the walk has not reached yet when it is a plain file (not an archive, not a mail, not
/// encrypted) of at least `minimumBytes` with a name that decodes cleanly. The visitor opens the
/// member on the walk's inspection thread, in the order of the reader's route; its bytes are
/// hashed and written to its sink on an inspection thread of the reader's own (`SideInspection`),
/// under the same budget and limits as the walk. When the walk arrives at that member it skips
/// its data and closes the entry with what the reader found, in walk order.
final class SideReader: @unchecked Sendable {
    // Sendable by the condition's lock around `reached`, `stopping` and `claims`; the thread's
    // own reader, route, inspection and budget use are its alone (the budget locks itself).

    /// A member the reader took, and once it is read, what reading it gave.
    struct Claim {
        let index: Int
        let nameBytes: [UInt8]
        let size: Int64
        let header: EntryHeader
        var read: Read?

        /// Whether the walk's local header is the member the reader took from the central
        /// directory: a plain file of the same name and size.
        func isSame(as info: ArchiveEntryInfo) -> Bool {
            info.type == .file && !info.isEncrypted && nameBytes == info.nameBytes && size == info.size
        }
    }

    /// What reading a member gave: its stream, how much of it, its SHA-256 when read whole (and
    /// the walk takes digests), and why it ended early, if it did.
    struct Read {
        let stream: Int
        let bytes: Int64
        let whole: Bool
        let digest: String?
        let problem: IntakeProblem?
    }

    /// Members listed at most: past them, a zip of many small files costs the listing and gains nothing.
    static let maxListed = 10_000

    private let condition = NSCondition()
    /// The index of the member the walk is at (listing order, from 0).
    private var reached = -1
    private var stopping = false
    private var claims: [Int: Claim] = [:]
    private let ended = DispatchSemaphore(value: 0)

    private let fd: Int32
    private let archivePath: CasePath
    private let budget: IntakeBudget
    /// The walk's inspection thread, where the visitor opens the members read here.
    private let route: DeliveryRoute
    /// Started with the first member taken: a zip whose members are all small needs no thread more.
    private var inspection: SideInspection?
    private let minimumBytes: Int64

    /// Starts a reader beside the walk of the zip open as `walkFD`, or returns nil when the walk
    /// has no second thread to share or the file cannot be opened again as itself.
    static func start(
        beside walkFD: Int32, archivePath: CasePath, budget: IntakeBudget, route: DeliveryRoute, minimumBytes: Int64
    ) -> SideReader? {
        guard let side = route.beside() else { return nil }
        var walked = stat()
        var opened = stat()
        let fd = open("/proc/self/fd/\(walkFD)", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard fstat(walkFD, &walked) == 0, fstat(fd, &opened) == 0, walked.st_dev == opened.st_dev,
            walked.st_ino == opened.st_ino
        else {
            close(fd)
            return nil
        }
        let reader = SideReader(
            fd: fd, archivePath: archivePath, budget: budget, route: side, minimumBytes: minimumBytes)
        let thread = Thread { reader.run() }
        thread.name = "caseintake side reader"
        thread.stackSize = 8 << 20
        thread.start()
        return reader
    }

    private init(fd: Int32, archivePath: CasePath, budget: IntakeBudget, route: DeliveryRoute, minimumBytes: Int64) {
        self.fd = fd
        self.archivePath = archivePath
        self.budget = budget
        self.route = route
        self.minimumBytes = minimumBytes
    }

    deinit { close(fd) }

    // MARK: The walk's side

    /// The walk is at member `index`: the reader takes no member up to it from now on. Returns the
    /// reader's claim on that member if it took it, without waiting for it to be read.
    func reach(_ index: Int) -> Claim? {
        condition.withLock {
            reached = index
            return claims[index]
        }
    }

    /// The walk is at member `index`: the reader takes no member up to it from now on. Returns the
    /// reader's claim on that member, once read, if it took it.
    func arrive(at index: Int) -> Claim? {
        condition.lock()
        defer { condition.unlock() }
        reached = index
        while let claim = claims[index], claim.read == nil { condition.wait() }
        return claims.removeValue(forKey: index)
    }

    /// Stops the reader, waits for its thread, and returns the members it took that the walk
    /// never arrived at, in listing order: each was opened and must still be closed.
    func finish() -> [Claim] {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        ended.wait()
        return condition.withLock { claims.values.sorted { $0.index < $1.index } }
    }

    private var isStopping: Bool { condition.withLock { stopping } }

    // MARK: The reader's thread

    private func run() {
        defer {
            route.flush()
            inspection?.end()
            ended.signal()
        }
        let reader = ArchiveReader(passwords: [], rawSingleFile: false)
        let budget = self.budget
        let source = SeekableFileSource(fd: fd) { [weak self] in budget.isOutOfTime || (self?.isStopping ?? true) }
        if case .fatal = reader.open(seekable: source) { return }
        var index = -1
        // A member named as one before it could be opened while that one still is: the visitor
        // knows a file by its path, so such a member is left to the walk.
        var namesListed = Set<Int>()
        while !isStopping, index < Self.maxListed {
            guard case .entry(let info, let warning) = reader.nextHeader(), reader.formatName.hasPrefix("ZIP") else {
                return
            }
            index += 1
            guard namesListed.insert(info.nameBytes.hashValue).inserted else { continue }
            // The walk starts at the first member: taking it would only make the walk wait.
            guard index > 0, warning == nil, info.type == .file, !info.isEncrypted, !info.nameCut, let size = info.size,
                size >= minimumBytes, size <= budget.bytesLeft, isAhead(index)
            else { continue }
            let decoded = EntryNameDecoder.decode(info.nameBytes)
            guard !decoded.escaped, !decoded.name.isEmpty else { continue }
            read(info, size: size, index: index, name: decoded.name, from: reader)
        }
    }

    /// The walk has not reached member `index`, and the reader is not stopping.
    private func isAhead(_ index: Int) -> Bool { condition.withLock { !stopping && reached < index } }

    /// Reads member `index` when its head shows a plain file and the walk is still behind.
    private func read(_ info: ArchiveEntryInfo, size: Int64, index: Int, name: String, from reader: ArchiveReader) {
        let pull = ReplayPull(ArchiveEntryPull(reader: reader, passwordsGiven: false)) { [weak self] in
            self?.isStopping ?? true
        }
        let head = pull.peek(IntakeWalker.headSize)
        let plain =
            head.count >= IntakeWalker.headSize && head.withUnsafeBytes({ ArchiveSignature.detect($0) }) == nil
            && WalkSession.MailContainer(head: head) == nil
        guard plain else { return }
        let path = archivePath.entry(name)
        let header = EntryHeader(path: path, declaredSize: size, modified: info.modified)
        condition.lock()
        guard !stopping, reached < index else {
            condition.unlock()
            return
        }
        claims[index] = Claim(index: index, nameBytes: info.nameBytes, size: size, header: header)
        condition.unlock()
        route.criticalPath.memberTaken()
        let inspection = self.inspection ?? SideInspection(lane: route.lane, streams: route.streams)
        self.inspection = inspection

        let content = ContentStream(
            path: path, budget: budget, route: inspection, compressedBytes: { reader.compressedBytes },
            pull: pull.pull)
        inspection.begin()
        let read = content.readHead(IntakeWalker.headSize)
        inspection.adopt(route.openBeside(stream: content.stream, header: header, head: read), head: read)
        content.drain()
        let digest = inspection.finish(complete: content.problem == nil)

        condition.lock()
        claims[index]?.read = Read(
            stream: content.stream, bytes: content.bytes, whole: content.isWhole,
            digest: content.isWhole ? digest : nil, problem: content.problem)
        condition.broadcast()
        condition.unlock()
    }
}

/// An entry's blocks: first those peeked at (copied, as libarchive's are valid only until its next
/// call), then the rest straight from the archive; cut short once the reader is told to stop.
private final class ReplayPull {
    private let entry: ArchiveEntryPull
    private let stopping: () -> Bool
    private var peeked: [UnsafeMutableRawBufferPointer] = []
    private var replayed = 0
    private var ended: ContentStream.Pull?

    init(_ entry: ArchiveEntryPull, stopping: @escaping () -> Bool) {
        self.entry = entry
        self.stopping = stopping
    }

    deinit { peeked.forEach { $0.deallocate() } }

    /// Reads blocks until `size` bytes or the entry's end, keeps them for replay, and returns them joined.
    func peek(_ size: Int) -> [UInt8] {
        var head: [UInt8] = []
        while head.count < size {
            switch entry.pull() {
            case .data(let block):
                let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: block.count, alignment: 1)
                copy.copyMemory(from: block)
                peeked.append(copy)
                head.append(contentsOf: block)
            case let last:
                ended = last
                return head
            }
        }
        return head
    }

    func pull() -> ContentStream.Pull {
        if replayed < peeked.count {
            replayed += 1
            return .data(UnsafeRawBufferPointer(peeked[replayed - 1]))
        }
        if let ended { return ended }
        if stopping() { return .failure(.entryDamaged, "the walk of the archive ended before this entry") }
        return entry.pull()
    }
}
