/// Decodes a part's Content-Transfer-Encoding (RFC 2045 §6) as its bytes arrive, in pieces of
/// any size, keeping only the few bytes a cut sequence needs: never the whole part.
struct StreamingTransferDecoder {
    enum Encoding {
        case identity, base64, quotedPrintable

        /// The encoding a `Content-Transfer-Encoding` value names; 7bit, 8bit, binary and
        /// unknown values pass bytes through as they are.
        init(_ name: String?) {
            switch name?.lowercased() {
            case "base64": self = .base64
            case "quoted-printable": self = .quotedPrintable
            default: self = .identity
            }
        }
    }

    /// The most bytes of a quoted-printable `=` sequence held over to the next piece (`=`, then
    /// transport padding, before the line break that makes it soft).
    static let maxCarry = 80

    let encoding: Encoding
    private var accumulator: UInt32 = 0
    private var bits = 0
    private var carry: [UInt8] = []
    /// Bytes outside the base64 alphabet that were not white space: garbage that was skipped.
    private(set) var skippedBytes = 0

    init(_ encoding: Encoding) { self.encoding = encoding }

    /// Decodes `bytes`, appending to `output`.
    mutating func decode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        switch encoding {
        case .identity: output.append(contentsOf: bytes)
        case .base64: base64(bytes, into: &output)
        case .quotedPrintable: quotedPrintable(bytes, final: false, into: &output)
        }
    }

    /// The part ended: a held-over `=` sequence is a soft break at the end, or literal text.
    mutating func finish(into output: inout [UInt8]) {
        guard encoding == .quotedPrintable, !carry.isEmpty else { return }
        quotedPrintable(UnsafeRawBufferPointer(start: nil, count: 0), final: true, into: &output)
    }

    /// Each byte's value in the base64 alphabet, 0xFF outside it: one lookup per byte of a
    /// multi-megabyte attachment.
    private static let base64Values: [UInt8] = (0...255).map {
        TransferDecoding.base64Value(UInt8($0)).map { UInt8($0) } ?? 0xFF
    }

    private mutating func base64(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        var accumulator = self.accumulator
        var bits = self.bits
        var skipped = 0
        Self.base64Values.withUnsafeBufferPointer { values in
            for byte in bytes {
                let value = values[Int(byte)]
                guard value != 0xFF else {
                    if byte == UInt8(ascii: "=") {
                        // Padding ends a group; what follows a padded group is a new run
                        // (concatenated encoders), decoded from a clean state.
                        accumulator = 0
                        bits = 0
                    } else if !(byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A) {
                        skipped &+= 1
                    }
                    continue
                }
                accumulator = (accumulator << 6 | UInt32(value)) & 0xFFFFFF
                bits &+= 6
                if bits >= 8 {
                    bits &-= 8
                    output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                }
            }
        }
        self.accumulator = accumulator
        self.bits = bits
        skippedBytes &+= skipped
    }

    private mutating func quotedPrintable(_ bytes: UnsafeRawBufferPointer, final: Bool, into output: inout [UInt8]) {
        var input = carry
        input.append(contentsOf: bytes)
        carry.removeAll(keepingCapacity: true)
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            guard byte == UInt8(ascii: "=") else {
                output.append(byte)
                index &+= 1
                continue
            }
            if index &+ 2 < count, let high = TransferDecoding.hexValue(input[index &+ 1]),
                let low = TransferDecoding.hexValue(input[index &+ 2])
            {
                output.append(high << 4 | low)
                index &+= 3
                continue
            }
            var next = index &+ 1
            while next < count, input[next] == 0x20 || input[next] == 0x09 { next &+= 1 }
            if next >= count {
                // Cut before we know what follows the `=`: hold it over, unless the part ended
                // (a soft break at the very end) or the padding is implausibly long.
                if final { return }
                if count &- index <= Self.maxCarry {
                    carry.append(contentsOf: input[index...])
                    return
                }
                output.append(byte)
                index &+= 1
                continue
            }
            if input[next] == 0x0D || input[next] == 0x0A {
                if input[next] == 0x0D {
                    next &+= 1
                    if next >= count, !final {
                        carry.append(contentsOf: input[index...])  // an LF may follow the CR
                        return
                    }
                }
                if next < count, input[next] == 0x0A { next &+= 1 }
                index = next
                continue
            }
            if next == index &+ 1, index &+ 2 >= count, !final, TransferDecoding.hexValue(input[next]) != nil {
                carry.append(contentsOf: input[index...])  // `=A` cut before its second digit
                return
            }
            output.append(byte)
            index &+= 1
        }
    }
}
