import CaseFixtures
import Foundation
import Testing

@testable import Intake

/// The two-thread walk (decompression beside hashing and the visitor) against the one-thread walk.
@Suite struct TwoThreadWalkTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    /// A case of three inputs and a missing one, with what a walk must get right: nesting, a file
    /// longer than a batch, an empty file, damage, an encrypted entry without its password, links,
    /// a tarball in the zip and many small files.
    func writeCase() throws -> [String] {
        var nested = ZipWriter()
        try nested.addFile(name: .utf8("System.evtx"), contents: Array(repeating: 7, count: 70_000))
        try nested.addFile(name: .utf8("notes.txt"), contents: Array("inner\n".utf8))
        var damaged = ZipWriter()
        try damaged.addFile(name: .utf8("gone.txt"), contents: [UInt8](repeating: 1, count: 4000), method: .stored)
        var tar = TarWriter()
        try tar.addFile(name: "logs/SPNT.log", contents: Array("2026/11/20 10:05:00 SMTP connect\n".utf8))
        try tar.addSymlink(name: "logs/latest", target: "SPNT.log")
        var random = FixtureRandom(seed: 11)
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("memo.txt"), contents: Array("first\n".utf8))
        try zip.addFile(name: .utf8("logs/evtx.zip"), contents: try nested.finish())
        try zip.addFile(name: .utf8("capture.pcap"), contents: random.bytes(2_600_000), method: .stored)
        try zip.addFile(name: .utf8("empty.txt"), contents: [])
        try zip.addFile(name: .utf8("broken.zip"), contents: Array(try damaged.finish().prefix(60)), method: .stored)
        try zip.addFile(name: .utf8("secret.txt"), contents: Array("hidden".utf8), password: "p")
        try zip.addFile(name: .utf8("logs.tar.gz"), contents: GzipWriter.compress(try tar.finish()))
        try zip.addSymlink(name: .utf8("link"), target: "/etc/passwd")
        for index in 0..<1_500 {
            try zip.addFile(name: .utf8("many/\(index).txt"), contents: Array("line \(index)\n".utf8))
        }
        let archive = try folder.write("case.zip", try zip.finish())
        let plain = try folder.write("SPNT.log", Array("2026/11/20 10:05:01 send failed\n".utf8))
        try folder.write("received/a.txt", Array("a\n".utf8))
        try folder.write("received/sub/b.bin", random.bytes(300_000))
        return [archive, plain, folder.url.appendingPathComponent("received").path, folder.url.path + "/missing.zip"]
    }

    func walk(_ inputs: [String], threads: IntakeWalker.Threads) -> (JournalVisitor, IntakeResult) {
        let visitor = JournalVisitor()
        return (visitor, IntakeWalker(threads: threads).walk(inputs, visitor: visitor))
    }

    @Test("two threads give the visitor the same calls, bytes, digests and problems in the same order as one")
    func sameAsOneThread() throws {
        let inputs = try writeCase()
        let (one, oneResult) = walk(inputs, threads: .one)
        let (two, twoResult) = walk(inputs, threads: .two)
        #expect(one.lines.count > 1_500)
        #expect(two.lines == one.lines)
        #expect(twoResult.inputs.map(\.sha256) == oneResult.inputs.map(\.sha256))
        #expect(twoResult.inputs.map(\.bytes) == oneResult.inputs.map(\.bytes))
        #expect(twoResult.problems.map(\.code) == oneResult.problems.map(\.code))
        #expect(twoResult.entryCount == oneResult.entryCount)
    }

    @Test("without digests the visitor gets the same calls and bytes; isWhole names the entries that had a digest")
    func withoutDigests() throws {
        let inputs = try writeCase()
        let (hashed, hashedResult) = walk(inputs, threads: .two)
        let visitor = JournalVisitor()
        let result = IntakeWalker(takesDigests: false).walk(inputs, visitor: visitor)
        let withoutDigest = { (line: String) in line.replacing(/sha256=[0-9a-f]{64}/, with: "sha256=-") }
        #expect(visitor.lines == hashed.lines.map(withoutDigest))
        #expect(visitor.closed.allSatisfy { $0.sha256 == nil })
        #expect(result.inputs.allSatisfy { $0.sha256 == nil })
        #expect(hashedResult.inputs.contains { $0.sha256 != nil })
        // Read whole: every entry with a digest, and no other (the cut, the encrypted, the links).
        #expect(visitor.closed.map(\.isWhole) == hashed.closed.map { $0.sha256 != nil })
        #expect(visitor.closed.contains { $0.isWhole } && visitor.closed.contains { !$0.isWhole })
    }

    @Test("the visitor runs on one thread of its own with two threads, on the caller's with one")
    func visitorThread() throws {
        let inputs = try writeCase()
        let (two, _) = walk(inputs, threads: .two)
        #expect(two.threads.count == 1)
        #expect(!two.threads.contains(pthread_self()))
        let (one, _) = walk(inputs, threads: .one)
        #expect(one.threads == [pthread_self()])
    }

    @Test("each file is opened, finished and closed in turn; an archive closes after its members")
    func order() throws {
        let inputs = try writeCase()
        let (two, _) = walk(inputs, threads: .two)
        let lines = two.lines
        let index = { (prefix: String) in lines.firstIndex { $0.hasPrefix(prefix) } }
        let archive = "case.zip"  // paths start at the input's own name
        let open = try #require(index("open \(archive)!/logs/evtx.zip!/notes.txt"))
        let finish = try #require(index("finish \(archive)!/logs/evtx.zip!/notes.txt complete=true"))
        let close = try #require(index("close \(archive)!/logs/evtx.zip!/notes.txt file"))
        let nestedClose = try #require(index("close \(archive)!/logs/evtx.zip file"))
        #expect(open < finish && finish < close && close < nestedClose)
        #expect(index("close \(archive)!/many/1499.txt")! > index("close \(archive)!/many/0.txt")!)
    }

    @Test("digests are the files' SHA-256, also for a file split over several batches and for the inputs")
    func digests() throws {
        let inputs = try writeCase()
        let (two, result) = walk(inputs, threads: .two)
        let capture = try #require(two.lines.first { $0.hasPrefix("close case.zip!/capture.pcap") })
        var random = FixtureRandom(seed: 11)
        let expected = try ZipIntakeTests.referenceSHA256(random.bytes(2_600_000), in: folder)
        #expect(capture.contains("bytes=2600000 sha256=\(expected)"))
        let archive = try ZipIntakeTests.referenceSHA256(
            Array(try Data(contentsOf: URL(fileURLWithPath: inputs[0]))), in: folder)
        #expect(result.inputs[0].sha256 == archive)
        #expect(
            result.inputs[1].sha256
                == (try ZipIntakeTests.referenceSHA256(Array("2026/11/20 10:05:01 send failed\n".utf8), in: folder)))
        #expect(result.inputs[2].sha256 == nil)
        #expect(result.inputs[3].shape == .missing)
    }

    @Test("damage, a missing password and a missing input reach the visitor and the result as with one thread")
    func problemsPropagate() throws {
        let inputs = try writeCase()
        let (two, result) = walk(inputs, threads: .two)
        let archive = "case.zip"
        let broken = try #require(two.lines.first { $0.hasPrefix("close \(archive)!/broken.zip ") })
        #expect(!broken.contains("format=- "))
        let secret = try #require(two.lines.first { $0.hasPrefix("close \(archive)!/secret.txt ") })
        #expect(secret.contains("sha256=- ") && secret.contains("encryptedNoPassword"))
        #expect(!two.lines.contains { $0.hasPrefix("open \(archive)!/secret.txt") })
        #expect(result.problems.contains { $0.code == .inputNotFound })
        #expect(result.problems.contains { $0.code == .entryDamaged })
    }
}

/// The bounded buffer between the two threads.
@Suite struct BoundedHandOffTests {
    @Test("the walk waits once every batch is in use, and goes on when one is given back")
    func waitsWhenFull() {
        let handOff = BoundedHandOff(count: 2)
        let first = handOff.emptyBatch()
        let second = handOff.emptyBatch()
        handOff.pass(first)
        handOff.pass(second)
        let third = WaitingWalk(handOff)
        usleep(100_000)
        #expect(third.batch == nil)
        let handled = handOff.filledBatch()
        #expect(handled === first)
        handOff.giveBack(handled)
        #expect(third.wait() === first)
        #expect(handOff.filledBatch() === second)
    }

    @Test("a batch takes bytes up to its capacity and deliveries up to its count, then refuses")
    func batchBounds() {
        let batch = DeliveryBatch()
        let block = [UInt8](repeating: 3, count: DeliveryBatch.byteCapacity + 10)
        let taken = block.withUnsafeBytes { batch.append(bytesOf: 1, $0) }
        #expect(taken == DeliveryBatch.byteCapacity)
        #expect(block.withUnsafeBytes { batch.append(bytesOf: 1, $0) } == 0)
        batch.reset()
        for _ in 0..<DeliveryBatch.deliveryCapacity { #expect(batch.append(.finish(stream: 1, complete: true))) }
        #expect(!batch.append(.finish(stream: 1, complete: true)))
        #expect([UInt8]([1]).withUnsafeBytes { batch.append(bytesOf: 1, $0) } == 0)
    }
}

/// A walk asking for an empty batch on a thread of its own, which may have to wait.
private final class WaitingWalk: @unchecked Sendable {
    // Sendable by the lock around `received`.
    private let lock = NSLock()
    private var received: DeliveryBatch?
    private let done = DispatchSemaphore(value: 0)

    init(_ handOff: BoundedHandOff) {
        Thread {
            let batch = handOff.emptyBatch()
            self.lock.withLock { self.received = batch }
            self.done.signal()
        }.start()
    }

    /// The batch received so far, if any.
    var batch: DeliveryBatch? { lock.withLock { received } }

    /// Waits for the batch.
    func wait() -> DeliveryBatch? {
        done.wait()
        return batch
    }
}
