/// Walks JPEG markers across blocks until the first frame header (SOFn) gives the size.
///
/// ITU T.81 B.1.1: a marker is 0xFF (any number of fill 0xFF) then a code; codes D0–D7,
/// 01 and D8 stand alone, every other segment has a 2-byte big-endian length that counts
/// itself. SOF0–SOF15 are C0–CF except C4 (DHT), C8 (JPG, reserved) and CC (DAC).
/// Reaching SOS (DA) or EOI (D9) first means no size will come.
struct JPEGMarkerWalker {
    private enum State {
        case expectMarker  // the next byte must be 0xFF
        case markerCode  // after 0xFF
        case length(code: UInt8, bytes: [UInt8])
        case skip(Int)
        case frameHeader([UInt8])
    }

    private var state = State.expectMarker
    private(set) var gaveUp = false

    /// Feeds bytes; returns the size once the frame header is complete.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> (width: Int, height: Int)? {
        var index = 0
        while index < bytes.count, !gaveUp {
            let byte = bytes[index]
            switch state {
            case .expectMarker:
                if byte == 0xFF { state = .markerCode } else { gaveUp = true }
                index &+= 1
            case .markerCode:
                index &+= 1
                switch byte {
                case 0xFF: break  // fill byte
                case 0xD8, 0x01, 0xD0...0xD7: state = .expectMarker
                case 0xD9, 0xDA: gaveUp = true
                default: state = .length(code: byte, bytes: [])
                }
            case .length(let code, var lengthBytes):
                lengthBytes.append(byte)
                index &+= 1
                guard lengthBytes.count == 2 else {
                    state = .length(code: code, bytes: lengthBytes)
                    continue
                }
                let length = Int(lengthBytes[0]) << 8 | Int(lengthBytes[1])
                if length < 2 {
                    gaveUp = true
                } else if Self.isFrameHeader(code) {
                    state = .frameHeader([])
                } else {
                    state = length == 2 ? .expectMarker : .skip(length &- 2)
                }
            case .skip(let remaining):
                let step = min(remaining, bytes.count &- index)
                index &+= step
                state = remaining == step ? .expectMarker : .skip(remaining &- step)
            case .frameHeader(var header):
                header.append(byte)
                index &+= 1
                if header.count == 5 {
                    // precision, height (2), width (2)
                    return (Int(header[3]) << 8 | Int(header[4]), Int(header[1]) << 8 | Int(header[2]))
                }
                state = .frameHeader(header)
            }
        }
        return nil
    }

    static func isFrameHeader(_ code: UInt8) -> Bool {
        (0xC0...0xCF).contains(code) && code != 0xC4 && code != 0xC8 && code != 0xCC
    }
}
