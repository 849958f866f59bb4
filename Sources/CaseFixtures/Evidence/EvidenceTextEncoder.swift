import Formats
import Foundation

/// Turns fixture text into the bytes a Windows program would have written: UTF-16 with or
/// without byte-order mark, UTF-8 with or without mark, or CP932.
public enum EvidenceTextEncoder {
    /// Encodes `text`; `byteOrderMark` applies to UTF-8 and UTF-16 only. CP932 goes through
    /// `iconv_open("CP932", "UTF-8")`; a character CP932 lacks becomes "?".
    public static func encode(_ text: String, as encoding: TextEncoding, byteOrderMark: Bool = false) -> [UInt8] {
        switch encoding {
        case .utf8:
            return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        case .utf16LE, .utf16BE:
            let little = encoding == .utf16LE
            var bytes: [UInt8] = byteOrderMark ? (little ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
            bytes.reserveCapacity(bytes.count + text.utf16.count * 2)
            for unit in text.utf16 {
                let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
                bytes.append(contentsOf: little ? [low, high] : [high, low])
            }
            return bytes
        case .latin1:
            return text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : 0x3F }
        case .cp932:
            return cp932(text)
        }
    }

    private static func cp932(_ text: String) -> [UInt8] {
        guard let handle = iconv_open("CP932", "UTF-8"), Int(bitPattern: handle) != -1 else {
            return encode(text, as: .latin1)
        }
        defer { iconv_close(handle) }
        var result: [UInt8] = []
        // One character at a time, so that an unmappable one is replaced, not fatal.
        for character in text {
            var input = Array(String(character).utf8)
            var output = [UInt8](repeating: 0, count: 16)
            let written = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuffer.count
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    return status == -1 ? -1 : outBuffer.count - outLeft
                }
            }
            if written < 0 { result.append(0x3F) } else { result.append(contentsOf: output.prefix(written)) }
        }
        return result
    }
}
