import Foundation

extension SmtpDialogue {
    static func indexOfLineFeed(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A { return index }
            index += 1
        }
        return nil
    }

    /// Appends at most up to `maxLine` bytes: the rest of an overlong line is dropped.
    static func appendBounded(_ buffer: inout [UInt8], _ bytes: UnsafeRawBufferPointer) {
        let room = maxLine - buffer.count
        if room > 0 { buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<min(room, bytes.count)])) }
    }

    static func trimmingCR(_ line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        if let last = line.last, last == 0x0D { return UnsafeRawBufferPointer(rebasing: line.dropLast()) }
        return line
    }

    static func threeDigits(_ line: UnsafeRawBufferPointer) -> Int? {
        var value = 0
        for index in 0..<3 {
            let byte = line[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Text for the report: printable ASCII kept, UTF-8 decoded leniently, at most `limit` characters.
    static func text(_ bytes: UnsafeRawBufferPointer, limit: Int) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, limit * 4)])
        let decoded = String(decoding: slice, as: UTF8.self)
        let cleaned = String(String.UnicodeScalarView(decoded.unicodeScalars.lazy.map {
            $0.value < 0x20 || $0.value == 0x7F ? "?" : $0
        }))
        return cleaned.count > limit ? String(cleaned.prefix(limit)) : cleaned
    }

    /// The command verb in capitals; anything that is not a word of letters is `?`.
    static func verb(_ bytes: UnsafeRawBufferPointer) -> String {
        guard !bytes.isEmpty, bytes.count <= 12 else { return "?" }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            switch byte {
            case 0x41...0x5A: scalars.append(Unicode.Scalar(byte))
            case 0x61...0x7A: scalars.append(Unicode.Scalar(byte - 0x20))
            default: return "?"
            }
        }
        return String(scalars)
    }

    /// `FROM:<a@b> SIZE=1` → `<a@b>`; tolerant of a space after the colon and of lower case.
    static func path(_ argument: String, after keyword: String) -> String {
        var rest = Substring(argument)
        if rest.uppercased().hasPrefix(keyword) { rest = rest.dropFirst(keyword.count) }
        rest = rest.drop { $0 == " " }
        if let space = rest.firstIndex(of: " ") { rest = rest[..<space] }
        return String(rest)
    }
}
