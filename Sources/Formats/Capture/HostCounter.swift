import Foundation

/// Counts packets per IP address in a fixed open-addressing table: two lookups per packet
/// must cost little, and the number of distinct addresses kept is bounded.
struct HostCounter {
    private var keys: [IPAddressKey]
    private var counts: [Int]
    private let mask: Int
    private let limit: Int
    private(set) var distinct = 0
    private(set) var omitted = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: IPAddressKey(ipv4: 0), count: size)
        counts = Array(repeating: 0, count: size)
        mask = size - 1
        limit = capacity
    }

    mutating func count(_ address: IPAddressKey) {
        let mixed = (address.high ^ address.low &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        var slot = Int(truncatingIfNeeded: mixed >> 32) & mask
        while counts[slot] != 0 {
            if keys[slot] == address {
                counts[slot] += 1
                return
            }
            slot = (slot + 1) & mask
        }
        guard distinct < limit else {
            omitted += 1
            return
        }
        keys[slot] = address
        counts[slot] = 1
        distinct += 1
    }

    /// Every address with its count, in table order.
    var entries: [(address: IPAddressKey, packets: Int)] {
        counts.indices.filter { counts[$0] > 0 }.map { (keys[$0], counts[$0]) }
    }
}
