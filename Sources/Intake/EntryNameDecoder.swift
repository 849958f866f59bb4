import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Turns an entry name as stored into text a person can read.
///
/// libarchive hands back zip names without the UTF-8 flag as raw bytes (FORMATS.md §4). Rather
/// than forcing `hdrcharset=CP932` on every entry (which garbles unflagged UTF-8 names written by
/// macOS and Linux tools), each name is taken as UTF-8 when it is valid UTF-8, else as CP932
/// (Windows Explorer on Japanese Windows), else escaped byte by byte so it is never dropped.
enum EntryNameDecoder {
    /// The decoded name, and whether it had to be escaped.
    static func decode(_ bytes: [UInt8]) -> (name: String, escaped: Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, false) }
        // Old Windows zippers store a backslash (0x5C in CP932) as the folder separator.
        if let text = CP932.decode(bytes) { return (text.replacingOccurrences(of: "\\", with: "/"), false) }
        let escaped = bytes.map { byte -> String in
            (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
        }.joined()
        return (escaped, true)
    }
}

/// CP932 (Windows-31J) through glibc's iconv: the code page of Japanese Windows file names.
enum CP932 {
    /// Decodes CP932 bytes, or nil when they are not valid CP932.
    static func decode(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty else { return "" }
        let converter = iconv_open("UTF-8", "CP932")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 3 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
