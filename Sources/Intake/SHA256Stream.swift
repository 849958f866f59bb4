import CSHA256
import Crypto

/// The SHA-256 of a message taken as its bytes come, on the processor's SHA extensions when it
/// has them (`CSHA256`), through swift-crypto otherwise. Two messages at hand are hashed together
/// (`update(_:_:_:_:)`), nearly twice as fast as one after the other: a round of the SHA unit
/// takes four cycles to give its result but another may start every two, so one message leaves it
/// half idle.
///
/// Not thread-safe: one thread at a time updates a stream.
final class SHA256Stream {
    /// The processor has the SHA extensions (and SSSE3, SSE4.1).
    static let hasHardware = caseintake_sha256_hardware()

    /// H0…H7, then the partial block waiting for its 64 bytes.
    private let state: UnsafeMutablePointer<UInt32>
    private var pending: UnsafeMutableRawPointer { UnsafeMutableRawPointer(state + 8) }
    private var pendingCount = 0
    /// Bytes of the message so far.
    private var length: UInt64 = 0
    /// Without the extensions, swift-crypto does the work.
    private var software: SHA256?

    /// - Parameter hardware: use the SHA extensions (tests ask for either engine; only a processor
    ///   that has them may be asked to).
    init(hardware: Bool = SHA256Stream.hasHardware) {
        precondition(!hardware || Self.hasHardware, "this processor has no SHA extensions")
        state = .allocate(capacity: 8 + 16)
        state.initialize(from: Self.initial, count: 8)
        software = hardware ? nil : SHA256()
    }

    deinit { state.deallocate() }

    /// FIPS 180-4, 5.3.3.
    private static let initial: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// Hashes the next bytes of the message.
    func update(_ bytes: UnsafeRawBufferPointer) {
        if software != nil {
            software!.update(bufferPointer: bytes)
            return
        }
        let rest = topUp(bytes)
        let blocks = rest.count / 64
        if blocks > 0, let base = rest.baseAddress {
            caseintake_sha256_blocks(state, base.assumingMemoryBound(to: UInt8.self), blocks)
            length += UInt64(blocks * 64)
        }
        keep(UnsafeRawBufferPointer(rebasing: rest[(blocks * 64)...]))
    }

    /// Hashes the next bytes of two messages, their whole blocks side by side.
    static func update(
        _ a: SHA256Stream, _ bytesA: UnsafeRawBufferPointer, _ b: SHA256Stream, _ bytesB: UnsafeRawBufferPointer
    ) {
        guard a.software == nil, b.software == nil, a !== b else {
            a.update(bytesA)
            b.update(bytesB)
            return
        }
        let (restA, restB) = (a.topUp(bytesA), b.topUp(bytesB))
        let blocks = min(restA.count, restB.count) / 64
        if blocks > 0, let baseA = restA.baseAddress, let baseB = restB.baseAddress {
            caseintake_sha256_blocks_x2(
                a.state, baseA.assumingMemoryBound(to: UInt8.self), b.state, baseB.assumingMemoryBound(to: UInt8.self),
                blocks)
            a.length += UInt64(blocks * 64)
            b.length += UInt64(blocks * 64)
        }
        a.update(UnsafeRawBufferPointer(rebasing: restA[(blocks * 64)...]))
        b.update(UnsafeRawBufferPointer(rebasing: restB[(blocks * 64)...]))
    }

    /// The digest of the message so far (32 bytes); the stream is spent.
    func finalize() -> [UInt8] {
        if let software { return Array(software.finalize()) }
        let bits = (length + UInt64(pendingCount)) &* 8
        var padding = [UInt8](repeating: 0, count: pendingCount < 56 ? 64 - pendingCount : 128 - pendingCount)
        padding[0] = 0x80
        for index in 0..<8 { padding[padding.count - 1 - index] = UInt8(truncatingIfNeeded: bits >> (8 * index)) }
        padding.withUnsafeBytes { update($0) }
        return (0..<8).flatMap { index in
            withUnsafeBytes(of: state[index].bigEndian) { Array($0) }
        }
    }

    /// Completes the waiting partial block from the front of `bytes`, hashing it once full;
    /// returns the bytes left (none while the block is still short).
    private func topUp(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        guard pendingCount > 0 else { return bytes }
        let taken = min(64 - pendingCount, bytes.count)
        if taken > 0, let base = bytes.baseAddress { (pending + pendingCount).copyMemory(from: base, byteCount: taken) }
        pendingCount += taken
        if pendingCount == 64 {
            caseintake_sha256_blocks(state, pending.assumingMemoryBound(to: UInt8.self), 1)
            length += 64
            pendingCount = 0
        }
        return UnsafeRawBufferPointer(rebasing: bytes[taken...])
    }

    /// Keeps fewer than 64 bytes as the start of the next block.
    private func keep(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        (pending + pendingCount).copyMemory(from: base, byteCount: bytes.count)
        pendingCount += bytes.count
    }
}
