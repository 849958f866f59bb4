import Foundation

/// Encodes fixture text the way Japanese Windows mailers do: CP932 bytes, and ISO-2022-JP made
/// from them (the CP5022x dialect, so ① and NEC/IBM characters survive as JIS rows 13 and 89–92).
enum JapaneseMailEncoding {
    /// CP932 bytes of `text` via iconv; characters CP932 lacks become "?".
    static func cp932(_ text: String) -> [UInt8] {
        guard let handle = iconv_open("CP932", "UTF-8"), Int(bitPattern: handle) != -1 else {
            return Array(text.utf8)
        }
        defer { iconv_close(handle) }
        var output: [UInt8] = []
        for character in text {
            var input = Array(String(character).utf8)
            var buffer = [UInt8](repeating: 0, count: 16)
            let written: Int? = input.withUnsafeMutableBytes { inRaw in
                buffer.withUnsafeMutableBytes { outRaw in
                    var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var inLeft = inRaw.count
                    var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count
                    let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    return status == -1 ? nil : outRaw.count - outLeft
                }
            }
            output.append(contentsOf: written.map { buffer.prefix($0) } ?? [UInt8(ascii: "?")])
        }
        return output
    }

    /// ISO-2022-JP (RFC 1468) built from the CP932 bytes; ends in ASCII.
    static func iso2022jp(_ text: String) -> [UInt8] {
        let bytes = cp932(text)
        var output: [UInt8] = []
        var inJIS = false
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if inJIS { output.append(contentsOf: [0x1B, 0x28, 0x42]) }  // ESC ( B
                inJIS = false
                output.append(lead)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            if !inJIS { output.append(contentsOf: [0x1B, 0x24, 0x42]) }  // ESC $ B
            inJIS = true
            let trail = bytes[index + 1]
            // Shift_JIS to JIS X 0208 row/cell (JIS X 0208:1997 Annex 1).
            var row = (Int(lead) - (lead <= 0x9F ? 0x70 : 0xB0)) * 2
            let cell: Int
            if trail < 0x9F {
                row -= 1
                cell = Int(trail) - (trail >= 0x80 ? 0x20 : 0x1F)
            } else {
                cell = Int(trail) - 0x7E
            }
            output.append(UInt8(truncatingIfNeeded: row))
            output.append(UInt8(truncatingIfNeeded: cell))
            index += 2
        }
        if inJIS { output.append(contentsOf: [0x1B, 0x28, 0x42]) }
        return output
    }

    /// Base64 (RFC 4648) of bytes, wrapped at 76 characters when `lineBreak` is given.
    static func base64(_ bytes: [UInt8], lineBreak: String? = nil) -> String {
        let encoded = Data(bytes).base64EncodedString()
        guard let lineBreak else { return encoded }
        var lines: [Substring] = []
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        return lines.joined(separator: lineBreak)
    }
}
