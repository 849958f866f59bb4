import CaseFixtures
import Crypto
import Foundation
import Testing

@testable import Intake

/// The large members of a zip read beside the walk (`SideReader`) give the visitor what the
/// one-thread walk gives: the same entries closed in the same order, the same bytes, digests and
/// problems.
@Suite struct SideReaderTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    /// Members beside the walk from 64 KiB up, in these tests.
    static let sideBytes: Int64 = 64 << 10

    /// A zip whose first member is slow to read (its sink waits, and it is larger than the batches
    /// in flight, so the walk waits too), so that the reader is ahead of the walk; then large plain
    /// members, and large members the reader must leave to the walk: a zip, a mail, an encrypted
    /// file. Small ones between them.
    func writeCase() throws -> String {
        var random = FixtureRandom(seed: 29)
        var inner = ZipWriter()
        try inner.addFile(name: .utf8("inner/log.txt"), contents: random.bytes(90_000), method: .stored)
        let mail =
            Array(
                ("From: a@example.com\r\nTo: b@example.com\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=us-ascii\r\n\r\n").utf8)
            + Array(repeating: UInt8(ascii: "x"), count: 100_000)
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("slow/first.bin"), contents: random.bytes(6 << 20), method: .stored)
        try zip.addFile(name: .utf8("capture.pcap"), contents: random.bytes(400_000))
        try zip.addFile(name: .utf8("memo.txt"), contents: Array("memo\n".utf8))
        try zip.addFile(name: .cp932("イベントログ/System.evtx"), contents: random.bytes(200_000), method: .stored)
        try zip.addFile(name: .utf8("nested.zip"), contents: try inner.finish())
        try zip.addFile(name: .utf8("notice.eml"), contents: mail)
        try zip.addFile(name: .utf8("secret.bin"), contents: random.bytes(150_000), password: "p")
        try zip.addFile(name: .utf8("last.txt"), contents: Array(repeating: UInt8(ascii: "z"), count: 120_000))
        return try folder.write("case.zip", try zip.finish())
    }

    func walk(_ path: String, threads: IntakeWalker.Threads, limits: IntakeLimits = .standard)
        -> (SlowFirstVisitor, IntakeResult)
    {
        let visitor = SlowFirstVisitor()
        let walker = IntakeWalker(limits: limits, passwords: ["p"], threads: threads, sideEntryBytes: Self.sideBytes)
        return (visitor, walker.walk([path], visitor: visitor))
    }

    static func same(_ side: (SlowFirstVisitor, IntakeResult), as one: (SlowFirstVisitor, IntakeResult)) {
        let describe = { (entry: ReceivedEntry) in
            "\(entry.path) \(entry.type) \(entry.bytes) \(entry.isWhole) \(entry.sha256 ?? "-") "
                + "\(entry.archiveFormat ?? "-") \(entry.problems.map(\.code.rawValue))"
        }
        #expect(side.0.recorder.closed.map(describe) == one.0.recorder.closed.map(describe))
        #expect(side.0.recorder.sinks.mapValues(\.bytes) == one.0.recorder.sinks.mapValues(\.bytes))
        #expect(side.0.recorder.sinks.mapValues(\.complete) == one.0.recorder.sinks.mapValues(\.complete))
        #expect(side.0.heads == one.0.heads)
        #expect(side.0.openedTwice.isEmpty)
        #expect(side.1.problems.map(\.code) == one.1.problems.map(\.code))
        #expect(side.1.problems.map(\.path) == one.1.problems.map(\.path))
        #expect(side.1.inputs.map(\.sha256) == one.1.inputs.map(\.sha256))
        #expect(side.1.entryCount == one.1.entryCount)
    }

    @Test("large plain members read beside the walk give the same entries, bytes and digests as one thread")
    func sameAsOneThread() throws {
        let path = try writeCase()
        let one = walk(path, threads: .one)
        let two = walk(path, threads: .two)
        Self.same(two, as: one)
        // The capture is taken while the walk waits on the first member; the others as the race goes.
        let beside = Set(["case.zip!/capture.pcap", "case.zip!/イベントログ/System.evtx", "case.zip!/last.txt"])
        #expect(two.1.membersReadBeside.first == "case.zip!/capture.pcap")
        #expect(Set(two.1.membersReadBeside).isSubset(of: beside))
        #expect(one.1.membersReadBeside.isEmpty)
        // The archive's own digest, taken from the file beside the walk (`FileDigest`), is its bytes'.
        let file = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(two.1.inputs.map(\.sha256) == [HashingDispatcher.hex(SHA256.hash(data: file))])
        #expect(two.1.inputs.map(\.bytes) == [Int64(file.count)])
        // The archive, the mail and the encrypted member were the walk's: their contents are there.
        #expect(two.0.recorder.sinks["case.zip!/nested.zip!/inner/log.txt"]?.total == 90_000)
        #expect(two.0.recorder.sinks["case.zip!/notice.eml"] != nil)
        #expect(two.0.recorder.entry("case.zip!/secret.bin")?.isWhole == true)
    }

    @Test("without digests, members read beside the walk give their sinks the same bytes, and no entry a digest")
    func withoutDigests() throws {
        let path = try writeCase()
        let walk = { (threads: IntakeWalker.Threads) in
            let visitor = SlowFirstVisitor()
            let walker = IntakeWalker(
                limits: .standard, passwords: ["p"], threads: threads, takesDigests: false,
                sideEntryBytes: Self.sideBytes)
            return (visitor, walker.walk([path], visitor: visitor))
        }
        let one = walk(.one)
        let two = walk(.two)
        Self.same(two, as: one)
        #expect(!two.1.membersReadBeside.isEmpty)
        #expect(two.0.recorder.closed.allSatisfy { $0.sha256 == nil })
        // The walk seeks past the data of members read beside it, yet counts the whole archive.
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(two.1.inputs.map(\.bytes) == [Int64(size ?? -1)])
        #expect(two.1.inputs.map(\.sha256) == [nil])
    }

    @Test("a large zip in a folder is hashed from the file beside the walk: its entry's digest is its bytes'")
    func zipInFolder() throws {
        let path = try writeCase()
        let (visitor, result) = walk(folder.url.path, threads: .two)
        let file = try Data(contentsOf: URL(fileURLWithPath: path))
        let entry = visitor.recorder.closed.first { $0.path.description.hasSuffix("/case.zip") }
        #expect(entry?.sha256 == HashingDispatcher.hex(SHA256.hash(data: file)))
        #expect(entry?.bytes == Int64(file.count))
        #expect(!result.membersReadBeside.isEmpty)
    }

    @Test("an archive that changes while it is read gets no digest, and a problem that says why")
    func changedWhileRead() throws {
        let path = try writeCase()
        let visitor = TouchingVisitor(path: path)
        let walker = IntakeWalker(limits: .standard, passwords: ["p"], threads: .two, sideEntryBytes: Self.sideBytes)
        let result = walker.walk([path], visitor: visitor)
        #expect(result.inputs.map(\.sha256) == [nil])
        let problem = result.problems.first { $0.code == .inputUnreadable }
        #expect(problem?.path.description == "case.zip")
        #expect(problem?.detail == "no SHA-256: the file changed while it was read")
    }

    @Test("a member read beside the walk is written on a thread of its own, and finished before it is closed")
    func ownThread() throws {
        let path = try writeCase()
        let visitor = ThreadNotingVisitor()
        let walker = IntakeWalker(limits: .standard, passwords: ["p"], threads: .two, sideEntryBytes: Self.sideBytes)
        let result = walker.walk([path], visitor: visitor)
        #expect(!result.membersReadBeside.isEmpty)
        for member in result.membersReadBeside {
            let writers = visitor.writers(of: member)
            #expect(!writers.isEmpty, "\(member)")
            #expect(writers.isDisjoint(with: visitor.visitorThreads), "\(member)")
            #expect(visitor.finishedBeforeClose.contains(member), "\(member)")
        }
        // A member the walk read itself is written where the visitor is called.
        #expect(visitor.writers(of: "case.zip!/memo.txt").isSubset(of: visitor.visitorThreads))
    }

    @Test("a member cut by a limit while read beside the walk is cut alike, with the same problem")
    func limitsAlike() throws {
        let path = try writeCase()
        var limits = IntakeLimits.standard
        limits.entryBytes = 150_000
        let one = walk(path, threads: .one, limits: limits)
        let two = walk(path, threads: .two, limits: limits)
        Self.same(two, as: one)
        #expect(
            two.1.problems.contains { $0.code == .entryTooLarge && $0.path.description == "case.zip!/capture.pcap" })
        #expect(!two.1.membersReadBeside.isEmpty)
    }

    @Test("a member named as one before it is left to the walk: the visitor never has two files of one path open")
    func sameNameLater() throws {
        var random = FixtureRandom(seed: 31)
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("logs/dump.bin"), contents: random.bytes(6 << 20), method: .stored)
        try zip.addFile(name: .utf8("capture.pcap"), contents: random.bytes(300_000))
        try zip.addFile(name: .utf8("logs/dump.bin"), contents: random.bytes(200_000))
        let path = try folder.write("twice.zip", try zip.finish())
        let one = walk(path, threads: .one)
        let two = walk(path, threads: .two)
        #expect(two.0.recorder.closed.map(\.path.description) == one.0.recorder.closed.map(\.path.description))
        #expect(two.0.recorder.closed.map(\.sha256) == one.0.recorder.closed.map(\.sha256))
        #expect(two.0.recorder.closed.map(\.bytes) == one.0.recorder.closed.map(\.bytes))
        #expect(two.0.openedTwice.isEmpty)
        #expect(two.1.membersReadBeside == ["twice.zip!/capture.pcap"])
    }

    @Test("a zip listing more members than the entry limit: those the reader took past it are still closed once")
    func entryLimit() throws {
        let path = try writeCase()
        var limits = IntakeLimits.standard
        limits.entries = 2
        let (visitor, result) = walk(path, threads: .two, limits: limits)
        let paths = visitor.recorder.closed.map(\.path.description)
        #expect(Set(paths).count == paths.count)
        #expect(Set(visitor.recorder.sinks.keys).isSubset(of: Set(paths)))
        #expect(result.problems.contains { $0.code == .tooManyEntries })
    }
}

/// Records like `RecordingVisitor`, but the first file's sink waits a moment on its first block,
/// as a slow parser would, so that the walk falls behind the side reader.
final class SlowFirstVisitor: CaseVisitor {
    let recorder = RecordingVisitor()
    /// The head each file was recognised by.
    private(set) var heads: [String: [UInt8]] = [:]
    /// Paths opened while a file of the same path was open, not yet closed.
    private(set) var openedTwice: [String] = []
    private var openPaths: Set<String> = []
    private var opened = 0

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        opened += 1
        heads[header.path.description] = Array(head)
        if !openPaths.insert(header.path.description).inserted { openedTwice.append(header.path.description) }
        let sink = recorder.open(header, head: head)
        return opened == 1 ? sink.map { SlowSink($0) } : sink
    }

    func close(_ entry: ReceivedEntry) {
        openPaths.remove(entry.path.description)
        recorder.close(entry)
    }
}

/// Sets the archive's modification time back when the walk opens its first member, as a copy
/// still being written, or a file replaced in place, would change it.
private final class TouchingVisitor: CaseVisitor {
    let path: String
    let recorder = RecordingVisitor()
    private var touched = false

    init(path: String) { self.path = path }

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        if !touched {
            touched = true
            var times = [timeval(tv_sec: 1_000_000_000, tv_usec: 0), timeval(tv_sec: 1_000_000_000, tv_usec: 0)]
            utimes(path, &times)
        }
        return recorder.open(header, head: head)
    }

    func close(_ entry: ReceivedEntry) { recorder.close(entry) }
}

private final class SlowSink: EntrySink {
    let sink: any EntrySink
    private var waited = false

    init(_ sink: any EntrySink) { self.sink = sink }

    func write(_ bytes: UnsafeRawBufferPointer) {
        if !waited {
            waited = true
            Thread.sleep(forTimeInterval: 0.3)
        }
        sink.write(bytes)
    }

    func finish(complete: Bool) { sink.finish(complete: complete) }
}

/// Notes the threads the visitor and each file's sink are called on, and which files' sinks were
/// finished by the time they were closed.
final class ThreadNotingVisitor: CaseVisitor, @unchecked Sendable {
    // Sendable by `lock`: sinks of members read beside the walk are called on another thread.
    private let lock = NSLock()
    private var writersByPath: [String: Set<pthread_t>] = [:]
    private var finished: Set<String> = []
    private(set) var visitorThreads: Set<pthread_t> = []
    private(set) var finishedBeforeClose: Set<String> = []

    final class Sink: EntrySink {
        let visitor: ThreadNotingVisitor
        let path: String

        init(visitor: ThreadNotingVisitor, path: String) {
            self.visitor = visitor
            self.path = path
        }

        func write(_ bytes: UnsafeRawBufferPointer) {
            visitor.lock.withLock { _ = visitor.writersByPath[path, default: []].insert(pthread_self()) }
        }

        func finish(complete: Bool) {
            visitor.lock.withLock { _ = visitor.finished.insert(path) }
        }
    }

    func writers(of path: String) -> Set<pthread_t> { lock.withLock { writersByPath[path] ?? [] } }

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        lock.withLock { _ = visitorThreads.insert(pthread_self()) }
        return Sink(visitor: self, path: header.path.description)
    }

    func close(_ entry: ReceivedEntry) {
        lock.withLock {
            visitorThreads.insert(pthread_self())
            if finished.contains(entry.path.description) { finishedBeforeClose.insert(entry.path.description) }
        }
    }
}
