/// The zlib / RFC 1952 CRC-32 that event logs use to protect their headers and chunks.
///
/// Shared by the event log parsers, which check it, and the fixture writers, which stamp it.
public enum CRC32 {
    /// Slicing-by-16 tables, sixteen runs of 256 entries in one block: table `k` holds the CRC of a
    /// byte followed by `k` zero bytes. Event logs are checksummed in 64 KiB runs, so the loop is
    /// hot; sixteen bytes a turn halve the chain of dependent lookups that slicing by eight made,
    /// and an array per table cost a bounds check a lookup. Written once, before first use, and
    /// only read afterwards.
    nonisolated(unsafe) private static let table: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 16 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            table[byte] = crc
        }
        for slice in 1..<16 {
            for byte in 0..<256 {
                let previous = table[(slice - 1) * 256 + byte]
                table[slice * 256 + byte] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        return UnsafePointer(table)
    }()

    /// Runs shorter than this are checksummed as one stream; longer ones as three.
    static let threeStreamBytes = 3 * 1024

    /// Returns the CRC-32 of `bytes`, continuing from `crc` (the value returned for the preceding bytes).
    ///
    /// A long run is cut in three parts checksummed side by side, each turn's lookups of one part
    /// independent of the others', so the processor overlaps them; the three CRCs are then joined
    /// as if computed one after the other (`joined`).
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress else { return crc }
        guard bytes.count >= threeStreamBytes else { return ~oneStream(base, bytes.count, ~crc) }
        let part = bytes.count / 3 & ~7
        var (a, b, c) = (~crc, ~UInt32(0), ~UInt32(0))
        let t = table
        @inline(__always) func eight(_ value: UInt32, _ at: UnsafeRawPointer) -> UInt32 {
            let word = UInt64(littleEndian: at.loadUnaligned(as: UInt64.self))
            let low = value ^ UInt32(truncatingIfNeeded: word)
            let high = UInt32(truncatingIfNeeded: word >> 32)
            return t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low >> 8) & 0xFF)]
                ^ t[5 * 256 + Int((low >> 16) & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
                ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
                ^ t[256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
        }
        var index = 0
        while index < part {
            a = eight(a, base + index)
            b = eight(b, base + (part &+ index))
            c = eight(c, base + (2 &* part &+ index))
            index &+= 8
        }
        let tail = bytes.count - 3 * part
        c = oneStream(base + 3 * part, tail, c)
        return joined(joined(~a, ~b, length: part), ~c, length: part + tail)
    }

    /// The register after `count` bytes from `base`, sixteen bytes a turn, starting from `start`.
    private static func oneStream(_ base: UnsafeRawPointer, _ count: Int, _ start: UInt32) -> UInt32 {
        var value = start
        let t = table
        var index = 0
        @inline(__always) func lookup(_ slice: Int, _ byte: UInt32) -> UInt32 { t[slice &* 256 &+ Int(byte & 0xFF)] }
        while index &+ 16 <= count {
            let first = UInt64(littleEndian: (base + index).loadUnaligned(as: UInt64.self))
            let second = UInt64(littleEndian: (base + (index &+ 8)).loadUnaligned(as: UInt64.self))
            let a = value ^ UInt32(truncatingIfNeeded: first)
            let b = UInt32(truncatingIfNeeded: first >> 32)
            let c = UInt32(truncatingIfNeeded: second)
            let d = UInt32(truncatingIfNeeded: second >> 32)
            value =
                (lookup(15, a) ^ lookup(14, a >> 8) ^ lookup(13, a >> 16) ^ lookup(12, a >> 24))
                ^ (lookup(11, b) ^ lookup(10, b >> 8) ^ lookup(9, b >> 16) ^ lookup(8, b >> 24))
                ^ (lookup(7, c) ^ lookup(6, c >> 8) ^ lookup(5, c >> 16) ^ lookup(4, c >> 24))
                ^ (lookup(3, d) ^ lookup(2, d >> 8) ^ lookup(1, d >> 16) ^ lookup(0, d >> 24))
            index &+= 16
        }
        while index < count {
            value = (value >> 8) ^ lookup(0, value ^ UInt32(base.load(fromByteOffset: index, as: UInt8.self)))
            index &+= 1
        }
        return value
    }

    /// The CRC of `first`'s bytes followed by `second`'s, `length` bytes long, from their CRCs:
    /// `first` moved past `length` zero bytes (multiplied by x^(8·length) modulo the polynomial),
    /// plus `second` [RFC 1952; the polynomial arithmetic of zlib's crc32_combine].
    static func joined(_ first: UInt32, _ second: UInt32, length: Int) -> UInt32 {
        var shift: UInt32 = 1 << 31  // x^0, the bits reflected as the CRC keeps them
        var remaining = length
        var power = 3  // 8·length = length·2^3
        while remaining != 0 {
            if remaining & 1 != 0 { shift = multiplied(powersOfX[power & 31], shift) }
            remaining >>= 1
            power += 1
        }
        return multiplied(shift, first) ^ second
    }

    /// x^(2^k) modulo the polynomial, for k = 0..<32.
    private static let powersOfX: [UInt32] = {
        var powers: [UInt32] = [1 << 30]  // x^1
        for _ in 1..<32 { powers.append(multiplied(powers[powers.count - 1], powers[powers.count - 1])) }
        return powers
    }()

    /// The product of two polynomials modulo the CRC-32 polynomial, bits reflected.
    private static func multiplied(_ a: UInt32, _ b: UInt32) -> UInt32 {
        var product: UInt32 = 0
        var factor = b
        var bit: UInt32 = 1 << 31
        while bit != 0 {
            if a & bit != 0 { product ^= factor }
            factor = factor & 1 != 0 ? (factor >> 1) ^ 0xEDB8_8320 : factor >> 1
            bit >>= 1
        }
        return product
    }

    /// Returns the CRC-32 of a byte array.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
