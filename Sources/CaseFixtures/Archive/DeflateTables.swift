/// The fixed tables of RFC 1951 §3.2.5–3.2.7: which symbol and extra bits carry a match
/// length or distance, and the order of the code-length alphabet.
enum DeflateTables {
    /// [RFC1951 3.2.5] base length of codes 257...285.
    static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
        35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    /// [RFC1951 3.2.5] extra bits of codes 257...285.
    static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
        3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// [RFC1951 3.2.5] base distance of codes 0...29.
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
        257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    /// [RFC1951 3.2.5] extra bits of distance codes 0...29.
    static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
        7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// [RFC1951 3.2.7] order in which code-length code lengths are sent.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Length code index (0...28, symbol minus 257) for each match length 0...258.
    static let lengthCode: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 259)
        for code in 0..<29 {
            let end = code == 28 ? 259 : lengthBase[code + 1]
            for length in lengthBase[code]..<min(end, 259) { table[length] = UInt8(code) }
        }
        table[258] = 28  // [RFC1951 3.2.5] 258 has its own code, 285; 227+31 would also fit 284
        return table
    }()

    /// Distance code (0...29) of a distance 1...32768.
    static func distanceCode(_ distance: Int) -> Int {
        let offset = distance - 1
        if offset < 4 { return offset }
        let topBit = Int.bitWidth - 1 - offset.leadingZeroBitCount
        return 2 * topBit + ((offset >> (topBit - 1)) & 1)
    }

    /// [RFC1951 3.2.6] code lengths of the fixed literal/length code.
    static let fixedLiteralLengths: [UInt8] =
        Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112)
        + Array(repeating: 7, count: 24) + Array(repeating: 8, count: 8)

    /// [RFC1951 3.2.6] the fixed distance code: 5 bits each.
    static let fixedDistanceLengths: [UInt8] = Array(repeating: 5, count: 30)
}
