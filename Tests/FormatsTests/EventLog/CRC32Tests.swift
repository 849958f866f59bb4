import Testing

@testable import Formats

/// The table-driven CRC-32 gives what the bit-by-bit definition gives, at every length and split.
@Suite struct CRC32Tests {
    /// The CRC-32 as RFC 1952 defines it, one bit at a time.
    static func bitwise(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Bytes that are neither zero nor repeating, the same every run.
    static func bytes(_ count: Int) -> [UInt8] {
        var state: UInt32 = 0x9E37_79B9
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    @Test("the check value of the CRC-32 catalogue: \"123456789\" is CBF43926")
    func checkValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test(
        "every length up to three turns of the sixteen-byte loop, both sides of three streams, and a chunk's match the bitwise CRC"
    )
    func lengths() {
        let three = CRC32.threeStreamBytes
        for count in Array(0...48) + [511, three - 1, three, three + 1, three + 23, 60_000, 65_536] {
            let bytes = Self.bytes(count)
            #expect(CRC32.checksum(bytes) == Self.bitwise(bytes), "length \(count)")
        }
    }

    @Test("two CRCs joined equal the CRC of the bytes one after the other")
    func joined() {
        let bytes = Self.bytes(5_000)
        for split in [0, 1, 7, 8, 2_500, 4_999, 5_000] {
            let first = CRC32.checksum(Array(bytes[..<split]))
            let second = CRC32.checksum(Array(bytes[split...]))
            #expect(CRC32.joined(first, second, length: 5_000 - split) == CRC32.checksum(bytes), "split at \(split)")
        }
    }

    @Test("a CRC continued over two parts equals the CRC of the whole, wherever it is split")
    func continuing() {
        let bytes = Self.bytes(CRC32.threeStreamBytes + 100)
        let whole = CRC32.checksum(bytes)
        for split in Array(0...100) + [bytes.count - 50, bytes.count] {
            let first = CRC32.checksum(Array(bytes[..<split]))
            let second = Array(bytes[split...]).withUnsafeBytes { CRC32.checksum($0, continuing: first) }
            #expect(second == whole, "split at \(split)")
        }
    }
}
