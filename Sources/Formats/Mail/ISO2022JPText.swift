/// ISO-2022-JP as Windows mailers write it (the CP5022x dialect): JIS X 0208 rows shifted to
/// CP932 and decoded by the shared converter, so NEC row 13 (①, ㈱) and the NEC-selected IBM
/// rows 89–92 come out as Windows shows them, where glibc's strict ISO-2022-JP refuses them.
public enum ISO2022JPText {
    /// The text, or nil when the bytes are not 7-bit ISO-2022-JP (RFC 1468).
    public static func decode(_ bytes: [UInt8]) -> String? {
        guard let shifted = shiftJIS(bytes) else { return nil }
        return MailCharset.decodeCP932Strictly(shifted.bytes)
    }

    /// Whether the double-byte runs use rows that exist only in CP932: 13 (NEC special), 89–92
    /// (NEC-selected IBM extensions) [FORMATS.md §6 cause 3]. Rows 115–119 would need bytes
    /// above 0x7E and so show up as 8-bit bytes instead.
    public static func usesCP932Rows(_ bytes: [UInt8]) -> Bool {
        shiftJIS(bytes)?.cp932Rows ?? false
    }

    /// Re-encodes the JIS X 0208 pairs as Shift_JIS; nil on an 8-bit byte.
    static func shiftJIS(_ bytes: [UInt8]) -> (bytes: [UInt8], cp932Rows: Bool)? {
        enum Mode { case ascii, jis0208, katakana, unsupported }
        var mode = Mode.ascii
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cp932Rows = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if byte == 0x1B, index &+ 2 < bytes.count {
                // RFC 1468 escapes: ESC ( B / ESC ( J ASCII, ESC $ @ / ESC $ B JIS X 0208, ESC ( I kana.
                let first = bytes[index &+ 1], second = bytes[index &+ 2]
                switch (first, second) {
                case (0x28, 0x42), (0x28, 0x4A): mode = .ascii
                case (0x24, 0x40), (0x24, 0x42): mode = .jis0208
                case (0x28, 0x49): mode = .katakana
                default: mode = .unsupported
                }
                index &+= (first == 0x24 && second == 0x28) ? 4 : 3
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                output.append(byte)
                index &+= 1
                continue
            }
            switch mode {
            case .ascii:
                output.append(byte)
                index &+= 1
            case .katakana:
                output.append((0x21...0x5F).contains(byte) ? byte &+ 0x80 : byte)
                index &+= 1
            case .unsupported:
                output.append(UInt8(ascii: "?"))
                index &+= 1
            case .jis0208:
                guard index &+ 1 < bytes.count else { return nil }
                let high = byte, low = bytes[index &+ 1]
                guard (0x21...0x7E).contains(high), (0x21...0x7E).contains(low) else { return nil }
                if high == 0x2D || (0x79...0x7C).contains(high) { cp932Rows = true }
                output.append(contentsOf: pair(high, low))
                index &+= 2
            }
        }
        return (output, cp932Rows)
    }

    /// JIS row/cell to Shift_JIS (JIS X 0208:1997 Annex 1).
    private static func pair(_ high: UInt8, _ low: UInt8) -> [UInt8] {
        let lead = (high &+ 1) >> 1 &+ (high <= 0x5E ? 0x70 : 0xB0)
        let trail: UInt8
        if high & 1 == 1 {
            trail = low &+ (low >= 0x60 ? 0x20 : 0x1F)
        } else {
            trail = low &+ 0x7E
        }
        return [lead, trail]
    }
}
