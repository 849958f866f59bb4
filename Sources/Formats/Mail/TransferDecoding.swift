/// Content-Transfer-Encoding decoders (RFC 2045 §6.7 quoted-printable, §6.8 base64) and the
/// RFC 2047 "Q" variant; all lenient: bad characters are skipped, never fatal.
public enum TransferDecoding {
    /// Decodes base64, ignoring line breaks, white space and anything outside the alphabet.
    public static func base64(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "-"): value = 62  // the URL-safe alphabet (RFC 4648 §5)
            case UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="): return output  // padding ends the data
            default:
                guard let standard = base64Value(byte) else { continue }
                value = standard
            }
            accumulator = (accumulator << 6 | value) & 0xFFFFFF
            bits &+= 6
            if bits >= 8 {
                bits &-= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return output
    }

    /// Decodes quoted-printable; `underscoreIsSpace` for RFC 2047 "Q" words (§4.2).
    /// A soft line break (`=` at the end of a line) joins lines.
    public static func quotedPrintable(_ bytes: [UInt8], underscoreIsSpace: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "=") {
                if index &+ 2 < bytes.count, let high = hexValue(bytes[index &+ 1]),
                    let low = hexValue(bytes[index &+ 2])
                {
                    output.append(high << 4 | low)
                    index &+= 3
                    continue
                }
                // "=" then CR/LF (or the end): a soft line break.
                var next = index &+ 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next &+= 1 }
                if next >= bytes.count || bytes[next] == 0x0D || bytes[next] == 0x0A {
                    if next < bytes.count, bytes[next] == 0x0D { next &+= 1 }
                    if next < bytes.count, bytes[next] == 0x0A { next &+= 1 }
                    index = next
                    continue
                }
                output.append(byte)
            } else if underscoreIsSpace && byte == UInt8(ascii: "_") {
                output.append(0x20)
            } else {
                output.append(byte)
            }
            index &+= 1
        }
        return output
    }

    /// The value of one character of the base64 alphabet (RFC 4648 §4), padding excluded.
    static func base64Value(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(byte &- 65)
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(byte &- 97) &+ 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte &- 48) &+ 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }

    /// The value of one hexadecimal digit, either case.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- 48
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- 55
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- 87
        default: nil
        }
    }
}
