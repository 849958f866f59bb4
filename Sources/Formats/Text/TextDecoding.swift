/// Recognises and decodes the text encodings of Windows-side evidence: UTF-16 (with or
/// without byte-order mark), UTF-8, CP932 and, as a fallback, ISO-8859-1.
///
/// Detection reads only a file's head; decoding works on any slice of a file that starts
/// and ends on a character boundary (a line, a field).
public enum TextDecoding {
    /// How many head bytes `detect` looks at; more adds cost and no certainty.
    public static let detectionWindow = 4096

    /// Decides the encoding of a file from its first bytes.
    public static func detect(head: UnsafeRawBufferPointer) -> TextDetection {
        let window = UnsafeRawBufferPointer(rebasing: head.prefix(detectionWindow))
        if window.starts(with: [0xEF, 0xBB, 0xBF]) {
            return TextDetection(encoding: .utf8, bomLength: 3, looksBinary: false)
        }
        if window.starts(with: [0xFF, 0xFE]) {
            return TextDetection(encoding: .utf16LE, bomLength: 2, looksBinary: false)
        }
        if window.starts(with: [0xFE, 0xFF]) {
            return TextDetection(encoding: .utf16BE, bomLength: 2, looksBinary: false)
        }
        if let utf16 = utf16WithoutMark(window) {
            return TextDetection(encoding: utf16, bomLength: 0, looksBinary: false)
        }
        let binary = looksBinary(window)
        if isPlausibleUTF8(window) {
            return TextDetection(encoding: .utf8, bomLength: 0, looksBinary: binary)
        }
        if isPlausibleCP932(window) {
            return TextDetection(encoding: .cp932, bomLength: 0, looksBinary: binary)
        }
        return TextDetection(encoding: .latin1, bomLength: 0, looksBinary: binary)
    }

    /// Decides the encoding of a byte array's head.
    public static func detect(head: [UInt8]) -> TextDetection {
        head.withUnsafeBytes { detect(head: $0) }
    }

    /// Decodes a whole head: detects, skips the byte-order mark, decodes (for signatures).
    public static func decodeHead(_ head: [UInt8]) -> String {
        let detection = detect(head: head)
        return head.withUnsafeBytes { raw in
            decode(UnsafeRawBufferPointer(rebasing: raw.dropFirst(detection.bomLength)), as: detection.encoding)
        }
    }

    /// Decodes bytes in a known encoding; invalid sequences become U+FFFD, never a failure.
    /// A trailing odd byte of UTF-16 is dropped.
    public static func decode(
        _ bytes: UnsafeRawBufferPointer, as encoding: TextEncoding,
        cp932: CP932Converter? = nil
    ) -> String {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .latin1:
            return decodeLatin1(bytes)
        case .cp932:
            return (cp932 ?? CP932Converter()).decode(bytes)
        case .utf16LE, .utf16BE:
            let count = bytes.count / 2
            let littleEndian = encoding == .utf16LE
            let units = [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    let first = UInt16(bytes[index &* 2]), second = UInt16(bytes[index &* 2 &+ 1])
                    buffer[index] = littleEndian ? (second << 8 | first) : (first << 8 | second)
                }
                initialized = count
            }
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// Decodes bytes in a known encoding from an array.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> String {
        bytes.withUnsafeBytes { decode($0, as: encoding) }
    }

    /// Maps each byte to the Unicode scalar of the same number (ISO-8859-1).
    public static func decodeLatin1(_ bytes: UnsafeRawBufferPointer) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }
}
