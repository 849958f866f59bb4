import CaseFixtures
import Crypto
import Foundation
import Testing

@testable import Intake

/// The walk's digest lane hashes what every thread hands it, two streams at a time when it can:
/// each stream's digest is that of its bytes in the order handed, whoever shares the lane.
@Suite struct DigestLaneTests {
    /// One producer's streams, with their bytes in pieces.
    final class Producer: @unchecked Sendable {
        // Sendable by hand-over: one thread uses a producer at a time.
        let streams: [SHA256Stream]
        let messages: [[UInt8]]

        init(seed: UInt64, streams count: Int, length: Int) {
            var random = FixtureRandom(seed: seed)
            streams = (0..<count).map { _ in SHA256Stream() }
            messages = (0..<count).map { _ in random.bytes(length + Int(random.next() % 4_096)) }
        }

        /// Hands the messages over in works of up to three runs that mix the streams, as a batch
        /// of small files does, waiting for each work before the next.
        func run(on lane: DigestLane, seed: UInt64) {
            var random = FixtureRandom(seed: seed)
            var offsets = Array(repeating: 0, count: messages.count)
            while offsets.indices.contains(where: { offsets[$0] < messages[$0].count }) {
                let work = DigestLane.Work()
                var pieces: [UnsafeMutableRawBufferPointer] = []
                for _ in 0..<3 {
                    let index = Int(random.next() % UInt64(messages.count))
                    let count = min(messages[index].count - offsets[index], Int(random.next() % 9_000))
                    let piece = Self.copy(messages[index][offsets[index]..<(offsets[index] + count)])
                    pieces.append(piece)
                    offsets[index] += count
                    work.add(streams[index], UnsafeRawBufferPointer(piece))
                }
                lane.hand(work)
                lane.wait(for: work)
                pieces.forEach { $0.deallocate() }
            }
        }

        /// Bytes that stay where they are until deallocated, as a batch's do.
        static func copy(_ bytes: some Collection<UInt8>) -> UnsafeMutableRawBufferPointer {
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
            copy.copyBytes(from: bytes)
            return copy
        }

        func expectDigests() {
            for (stream, message) in zip(streams, messages) {
                #expect(stream.finalize() == Array(SHA256.hash(data: message)))
            }
        }
    }

    @Test("streams handed by four threads at once, in works that mix them, each get their own digest")
    func fourProducers() {
        let lane = DigestLane()
        let producers = (0..<4).map { Producer(seed: UInt64(40 + $0), streams: 1 + $0 % 2, length: 200_000) }
        DispatchQueue.concurrentPerform(iterations: producers.count) { index in
            producers[index].run(on: lane, seed: UInt64(index))
        }
        lane.end()
        producers.forEach { $0.expectDigests() }
    }

    @Test("background work waits for a partner, is hashed alone once urged, and keeps its order")
    func background() {
        let lane = DigestLane()
        var random = FixtureRandom(seed: 7)
        let archive = random.bytes(300_000)
        let member = Producer(seed: 8, streams: 1, length: 100_000)
        let stream = SHA256Stream()
        let bytes = Producer.copy(archive)
        // The archive's bytes in three consecutive works, never waited for by their producer.
        let works = stride(from: 0, to: bytes.count, by: 100_000).map { start in
            let work = DigestLane.Work(background: true)
            work.add(stream, UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + 100_000, bytes.count)]))
            lane.hand(work)
            return work
        }
        member.run(on: lane, seed: 9)
        lane.urge(works)
        works.forEach(lane.wait)
        lane.end()
        bytes.deallocate()
        member.expectDigests()
        #expect(stream.finalize() == Array(SHA256.hash(data: archive)))
    }

    @Test("a stream's bytes are hashed in the order handed, also when an earlier work has them behind another's")
    func orderAcrossWorks() {
        let lane = DigestLane()
        var random = FixtureRandom(seed: 13)
        let (other, first, second) = (random.bytes(2 << 20), random.bytes(50_000), random.bytes(300_000))
        let (streamA, streamB) = (SHA256Stream(), SHA256Stream())
        other.withUnsafeBytes { other in
            first.withUnsafeBytes { first in
                second.withUnsafeBytes { second in
                    // A batch's small streams run together (another stream's bytes, then the start
                    // of B), then the next batch's own work for the rest of B.
                    let together = DigestLane.Work()
                    together.add(streamA, other)
                    together.add(streamB, first)
                    let own = DigestLane.Work()
                    own.add(streamB, second)
                    lane.hand(together)
                    lane.hand(own)
                    lane.wait(for: together)
                    lane.wait(for: own)
                }
            }
        }
        lane.end()
        #expect(streamA.finalize() == Array(SHA256.hash(data: other)))
        #expect(streamB.finalize() == Array(SHA256.hash(data: first + second)))
    }

    @Test("work that must wait behind a background work makes it needed: neither waits for a partner")
    func foregroundBehindBackground() {
        let lane = DigestLane()
        let bytes = Producer.copy(Array(repeating: UInt8(3), count: 300_000))
        let stream = SHA256Stream()
        let background = DigestLane.Work(background: true)
        background.add(stream, UnsafeRawBufferPointer(rebasing: bytes[..<100_000]))
        let foreground = DigestLane.Work()
        foreground.add(stream, UnsafeRawBufferPointer(rebasing: bytes[100_000...]))
        lane.hand(background)
        lane.hand(foreground)
        lane.wait(for: foreground)
        lane.end()
        bytes.deallocate()
        #expect(stream.finalize() == Array(SHA256.hash(data: Array(repeating: UInt8(3), count: 300_000))))
    }

    @Test("ending the lane hashes every work still waiting, background ones too")
    func endHashesEverything() {
        let lane = DigestLane()
        let bytes = Array(repeating: UInt8(7), count: 200_000)
        let (foreground, background) = (SHA256Stream(), SHA256Stream())
        bytes.withUnsafeBytes { bytes in
            let first = DigestLane.Work()
            first.add(foreground, bytes)
            let second = DigestLane.Work(background: true)
            second.add(background, UnsafeRawBufferPointer(rebasing: bytes[..<1_000]))
            lane.hand(second)
            lane.hand(first)
            lane.end()
        }
        #expect(foreground.finalize() == Array(SHA256.hash(data: bytes)))
        #expect(background.finalize() == Array(SHA256.hash(data: bytes[..<1_000])))
    }
}
