import CaseFixtures
import Crypto
import Foundation
import Testing

@testable import Intake

/// SHA-256 taken as bytes come, on the processor's SHA extensions or through swift-crypto, one
/// message or two side by side: every digest is swift-crypto's of the whole message.
@Suite struct SHA256StreamTests {
    /// The engines to hold against swift-crypto: the SHA extensions only where the processor has them.
    static let engines: [Bool] = SHA256Stream.hasHardware ? [true, false] : [false]

    static func expected(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: bytes)) }

    /// Feeds `bytes` to `stream` in pieces of random lengths (empty ones too).
    static func feed(_ stream: SHA256Stream, _ bytes: [UInt8], random: inout FixtureRandom) {
        var start = 0
        while start < bytes.count {
            let count = min(bytes.count - start, Int(random.next() % 200))
            bytes[start..<(start + count)].withUnsafeBytes { stream.update($0) }
            start += count
        }
    }

    @Test("FIPS 180-4's examples: the empty message and \"abc\"")
    func knownAnswers() {
        for hardware in Self.engines {
            let empty = SHA256Stream(hardware: hardware)
            #expect(
                HashingDispatcher.hex(empty.finalize())
                    == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            let abc = SHA256Stream(hardware: hardware)
            Array("abc".utf8).withUnsafeBytes { abc.update($0) }
            #expect(
                HashingDispatcher.hex(abc.finalize())
                    == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        }
    }

    @Test("every length up to five blocks, and a large message, fed in random pieces", arguments: engines)
    func oneMessage(hardware: Bool) {
        var random = FixtureRandom(seed: 11)
        for length in Array(0...320) + [65_536, 1_000_003] {
            let bytes = random.bytes(length)
            let stream = SHA256Stream(hardware: hardware)
            Self.feed(stream, bytes, random: &random)
            #expect(stream.finalize() == Self.expected(bytes), "length \(length)")
        }
    }

    @Test("two messages side by side, in pieces of any lengths, each get their own digest", arguments: engines)
    func twoMessages(hardware: Bool) {
        var random = FixtureRandom(seed: 12)
        for round in 0..<200 {
            let a = random.bytes(Int(random.next() % 5_000))
            let b = random.bytes(Int(random.next() % 5_000))
            let (streamA, streamB) = (SHA256Stream(hardware: hardware), SHA256Stream(hardware: hardware))
            var (startA, startB) = (0, 0)
            while startA < a.count || startB < b.count {
                let countA = min(a.count - startA, Int(random.next() % 700))
                let countB = min(b.count - startB, Int(random.next() % 700))
                a[startA..<(startA + countA)].withUnsafeBytes { pieceA in
                    b[startB..<(startB + countB)].withUnsafeBytes { pieceB in
                        SHA256Stream.update(streamA, pieceA, streamB, pieceB)
                    }
                }
                startA += countA
                startB += countB
            }
            #expect(streamA.finalize() == Self.expected(a), "round \(round)")
            #expect(streamB.finalize() == Self.expected(b), "round \(round)")
        }
    }

    @Test("a stream given as both messages is fed one piece after the other")
    func sameStreamTwice() {
        let stream = SHA256Stream()
        let (first, second) = (Array(repeating: UInt8(1), count: 100), Array(repeating: UInt8(2), count: 100))
        first.withUnsafeBytes { a in second.withUnsafeBytes { b in SHA256Stream.update(stream, a, stream, b) } }
        #expect(stream.finalize() == Self.expected(first + second))
    }
}
