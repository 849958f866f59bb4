/// Packs deflate's variable-width fields into bytes, least significant bit first
/// (RFC 1951 §3.1.1).
struct BitWriter {
    var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    /// Appends the low `width` bits of `value` (width ≤ 32).
    mutating func write(_ value: UInt32, width: Int) {
        buffer |= UInt64(value) << UInt64(count)
        count += width
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// Pads with zero bits to the next byte boundary.
    mutating func alignToByte() {
        if count > 0 { write(0, width: 8 - count) }
    }

    /// Appends whole bytes; the writer must be byte-aligned.
    mutating func writeAligned(_ raw: ArraySlice<UInt8>) {
        precondition(count == 0, "stored bytes need byte alignment")
        bytes.append(contentsOf: raw)
    }

    /// Moves out the complete bytes written so far, keeping any partial byte.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }
}
