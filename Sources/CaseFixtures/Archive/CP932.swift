import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Windows' Japanese code page (Shift_JIS with Microsoft's extensions), the encoding a
/// Japanese Windows Explorer writes into zip file names without the UTF-8 flag.
public enum CP932 {
    /// The CP932 bytes of `text`, or nil when a character has no CP932 form. Converted by
    /// the C library's `iconv` ("UTF-8" to "CP932").
    public static func encode(_ text: String) -> [UInt8]? {
        guard let converter = iconv_open("CP932", "UTF-8"), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        // CP932 never needs more bytes than UTF-8 for the same text.
        var output = [UInt8](repeating: 0, count: input.count + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var sourcePointer = source.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var sourceLeft = source.count
                var targetPointer = target.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var targetLeft = target.count
                let result = iconv(converter, &sourcePointer, &sourceLeft, &targetPointer, &targetLeft)
                guard result != -1, sourceLeft == 0 else { return nil }
                return target.count - targetLeft
            }
        }
        guard let written else { return nil }
        return Array(output.prefix(written))
    }
}
