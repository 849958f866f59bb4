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

    /// Returns the CRC-32 of `bytes`, continuing from `crc` (the value returned for the preceding bytes).
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        var value = ~crc
        guard let base = bytes.baseAddress else { return crc }
        let count = bytes.count
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
        return ~value
    }

    /// Returns the CRC-32 of a byte array.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
