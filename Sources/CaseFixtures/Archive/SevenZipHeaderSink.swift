/// The 7z header's building blocks (7-Zip's `DOC/7zFormat.txt`): property IDs, the variable-length
/// NUMBER and bit vectors.
struct SevenZipHeaderSink {
    /// Property IDs of 7zFormat.txt.
    enum Property: UInt8 {
        case end = 0x00, header = 0x01, mainStreamsInfo = 0x04, filesInfo = 0x05, packInfo = 0x06
        case unpackInfo = 0x07, subStreamsInfo = 0x08, size = 0x09, crc = 0x0A, folder = 0x0B
        case codersUnpackSize = 0x0C, emptyStream = 0x0E, emptyFile = 0x0F, name = 0x11
        case modified = 0x14, attributes = 0x15
    }

    private(set) var bytes: [UInt8] = []

    mutating func byte(_ property: Property) { bytes.append(property.rawValue) }
    mutating func raw(_ value: UInt8) { bytes.append(value) }
    mutating func append(_ values: [UInt8]) { bytes += values }

    mutating func u32(_ value: UInt32) {
        for index in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }

    /// A NUMBER: the first byte's leading 1 bits count the extra little-endian bytes that follow;
    /// its remaining bits hold the value's highest bits (7-Zip's `WriteNumber`).
    mutating func number(_ count: Int) {
        let value = UInt64(count)
        var first: UInt8 = 0
        var mask: UInt8 = 0x80
        var extra = 0
        while extra < 8 {
            if value < UInt64(1) << (7 * (extra + 1)) {
                first |= UInt8(truncatingIfNeeded: value >> (8 * extra))
                break
            }
            first |= mask
            mask >>= 1
            extra += 1
        }
        bytes.append(first)
        for index in 0..<extra { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }

    /// A FilesInfo property: its ID, its size as a NUMBER, its data.
    mutating func property(_ id: Property, _ data: [UInt8]) {
        byte(id)
        number(data.count)
        bytes += data
    }

    /// Bits packed most significant first, as 7z's BitField.
    static func bitVector(_ bits: [Bool]) -> [UInt8] {
        var packed = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (index, bit) in bits.enumerated() where bit { packed[index / 8] |= 0x80 >> UInt8(index % 8) }
        return packed
    }
}
