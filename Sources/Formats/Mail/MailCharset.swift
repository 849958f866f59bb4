import Foundation

/// The character sets Japanese mail declares, and strict decoding of bytes in them: strict so
/// that "these bytes are not valid ISO-2022-JP but are valid UTF-8" can be told.
///
/// EUC-JP and ISO-8859-x go through iconv, ISO-2022-JP through `ISO2022JPText` (RFC 1468), CP932
/// and Shift_JIS go through the shared `CP932Converter`.
public enum MailCharset {
    /// The canonical lower-case name of a declared charset (quotes and spaces removed).
    public static func normalized(_ name: String) -> String {
        name.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t")).lowercased()
    }

    /// Decodes `bytes` declared as `charset`; nil when the charset is unknown or the bytes are
    /// not valid in it.
    public static func decodeStrictly(_ bytes: [UInt8], charset: String) -> String? {
        let name = normalized(charset)
        switch name {
        case "utf-8", "utf8":
            return isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        case "us-ascii", "ascii", "":
            return bytes.allSatisfy({ $0 < 0x80 }) ? String(decoding: bytes, as: UTF8.self) : nil
        case "iso-2022-jp", "csiso2022jp", "iso-2022-jp-ms", "cp50220", "cp50221":
            return ISO2022JPText.decode(bytes)
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "cp932", "windows-31j", "ms932":
            return decodeCP932Strictly(bytes)
        default:
            return iconvDecode(bytes, from: iconvName(name))
        }
    }

    /// Decodes leniently: strict decoding, else the bytes as CP932 (U+FFFD for bad bytes).
    public static func decodeLeniently(_ bytes: [UInt8], charset: String) -> String {
        if let text = decodeStrictly(bytes, charset: charset) { return text }
        if isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return bytes.withUnsafeBytes { CP932Converter().decode($0) }
    }

    /// Well-formed UTF-8 (the standard library's validation).
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// CP932 via the shared converter; invalid when it had to insert U+FFFD.
    static func decodeCP932Strictly(_ bytes: [UInt8]) -> String? {
        let text = bytes.withUnsafeBytes { CP932Converter().decode($0) }
        return text.contains("\u{FFFD}") ? nil : text
    }

    /// iconv names for MIME charset names (glibc knows the IANA names directly).
    static func iconvName(_ name: String) -> String {
        switch name {
        case "euc-jp", "x-euc-jp", "eucjp": "EUC-JP"
        case "latin1": "ISO-8859-1"
        default: name.uppercased()
        }
    }

    /// Converts with iconv to UTF-8; nil on an unknown charset or any invalid or cut sequence.
    static func iconvDecode(_ bytes: [UInt8], from charset: String) -> String? {
        guard let handle = iconv_open("UTF-8", charset), Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        if bytes.isEmpty { return "" }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count &* 4 &+ 16)
        let outCapacity = output.count
        let result: (status: Int, outLeft: Int) = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                let flush = iconv(handle, nil, nil, &outPointer, &outLeft)
                let failed = status == -1 || flush == -1 || inLeft != 0
                return (failed ? -1 : 0, outLeft)
            }
        }
        guard result.status == 0 else { return nil }
        return String(decoding: output[0..<(outCapacity &- result.outLeft)], as: UTF8.self)
    }
}
