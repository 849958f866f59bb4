import Foundation

/// One open iconv conversion from CP932 (Japanese Windows "ANSI") to UTF-8, kept open so
/// that a log of a million lines does not pay `iconv_open` per line.
///
/// Wraps `iconv_open("UTF-8", "CP932")`, `iconv` and `iconv_close` from the C library.
/// Not thread-safe: each reader owns its own converter.
public final class CP932Converter {
    private let handle: iconv_t?

    /// Opens the conversion; when the C library lacks CP932 every decode falls back to
    /// Latin-1 rather than failing.
    public init() {
        let opened = iconv_open("UTF-8", "CP932")
        // iconv_open reports failure as (iconv_t)-1.
        if let opened, Int(bitPattern: opened) != -1 {
            handle = opened
        } else {
            handle = nil
        }
    }

    deinit {
        if let handle { iconv_close(handle) }
    }

    /// Decodes `bytes`; an invalid or truncated sequence becomes U+FFFD and decoding goes on.
    public func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        guard let handle, !bytes.isEmpty else { return TextDecoding.decodeLatin1(bytes) }
        iconv(handle, nil, nil, nil, nil)  // reset shift state
        var output = [UInt8](repeating: 0, count: bytes.count &* 3 &+ 4)
        var produced = 0
        var consumedAll = false
        var inputOffset = 0
        while !consumedAll {
            let status = output.withUnsafeMutableBytes { out -> (read: Int, written: Int, failed: Bool) in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
                    mutating: bytes.baseAddress!.advanced(by: inputOffset).assumingMemoryBound(to: CChar.self))
                var inLeft = bytes.count &- inputOffset
                var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress!.advanced(by: produced)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = out.count &- produced
                let before = (inLeft, outLeft)
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return (before.0 &- inLeft, before.1 &- outLeft, result == -1)
            }
            inputOffset &+= status.read
            produced &+= status.written
            if inputOffset >= bytes.count {
                consumedAll = true
            } else if status.failed || status.read == 0 {
                // Skip one bad byte and mark it, as a reader of damaged logs expects.
                let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
                if produced &+ 3 > output.count { output.append(contentsOf: [0, 0, 0]) }
                for (index, byte) in replacement.enumerated() { output[produced &+ index] = byte }
                produced &+= 3
                inputOffset &+= 1
                iconv(handle, nil, nil, nil, nil)
            }
        }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }
}
