import Foundation

/// An IPv4 or IPv6 address as two integers, so that counting and keying packets by address
/// allocates nothing. IPv4 is stored as the IPv4-mapped IPv6 address `::ffff:a.b.c.d`.
struct IPAddressKey: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    init(ipv4 value: UInt32) {
        high = 0
        low = 0xFFFF_0000_0000 | UInt64(value)
    }

    /// Reads 16 bytes in network order at `offset` (the caller checked the bounds).
    init(ipv6 bytes: UnsafeRawBufferPointer, at offset: Int) {
        high = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        low = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
    }

    var isIPv4: Bool { high == 0 && low >> 32 == 0xFFFF }

    /// Dotted quad for IPv4; RFC 5952 text (longest zero run as `::`) for IPv6.
    var text: String {
        if isIPv4 {
            let v = UInt32(truncatingIfNeeded: low)
            return "\(v >> 24).\((v >> 16) & 0xFF).\((v >> 8) & 0xFF).\(v & 0xFF)"
        }
        let groups = (0..<8).map { index -> UInt16 in
            let word = index < 4 ? high : low
            return UInt16(truncatingIfNeeded: word >> (48 - 16 * UInt64(index % 4)))
        }
        var bestStart = -1
        var bestLength = 1
        var index = 0
        while index < 8 {
            if groups[index] == 0 {
                var end = index
                while end < 8 && groups[end] == 0 { end += 1 }
                if end - index > bestLength {
                    bestStart = index
                    bestLength = end - index
                }
                index = end
            } else {
                index += 1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        if bestStart < 0 { return hex.joined(separator: ":") }
        let head = hex[0..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }

    /// `ip:port`, with brackets for IPv6 (RFC 5952 §6).
    func endpoint(port: UInt16) -> String { isIPv4 ? "\(text):\(port)" : "[\(text)]:\(port)" }
}
