import Foundation

extension SmtpDialogue {
    static func indexOfLineFeed(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - base
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

    /// Text for the report: control characters become `?`, UTF-8 is decoded leniently, at most
    /// `limit` characters.
    static func text(_ bytes: UnsafeRawBufferPointer, limit: Int) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, limit * 4)])
        if slice.count <= limit && slice.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return String(decoding: slice, as: UTF8.self)
        }
        let cleaned = String(decoding: slice.map { $0 < 0x20 || $0 == 0x7F ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
        return cleaned.count > limit ? String(cleaned.prefix(limit)) : cleaned
    }

    /// The command verb in capitals; anything that is not a word of letters is `?`. Verbs are
    /// at most 12 bytes, so the String is stored inline without allocating.
    static func verb(_ bytes: UnsafeRawBufferPointer) -> String {
        guard !bytes.isEmpty, bytes.count <= 12 else { return "?" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { upper in
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case 0x41...0x5A: upper[index] = byte
                case 0x61...0x7A: upper[index] = byte - 0x20
                default: return "?"
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: upper[0..<bytes.count]), as: UTF8.self)
        }
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
