import Foundation

/// Looking for a word in text as recognition and the parsers do, dozens of times a line on every
/// received text file. Foundation's `contains` bridges to NSString on Linux and costs microseconds a
/// call (most of the time `check` spent on 20,000 small files); an ASCII word is looked for here as
/// UTF-8 bytes instead, and a Japanese word in ASCII text is known absent at once. Other
/// words in other text, and text without contiguous storage, still go through Foundation.
public enum TextSearch {
    /// Whether `word` occurs in `text`. Like Foundation's `contains`, an empty word is never found.
    public static func contains(_ text: some StringProtocol, _ word: String) -> Bool {
        guard !word.isEmpty else { return text.range(of: word) != nil }
        var needle = word
        let found = withUTF8(of: text) { haystack -> Bool? in
            needle.withUTF8 { needle -> Bool? in
                if isASCII(needle) { return find(needle, in: haystack) }
                // A Japanese word is never in ASCII text (no CJK or kana character is canonically
                // equivalent to ASCII): the answer for most log lines, without Foundation.
                return isASCII(haystack) && word.unicodeScalars.contains(where: \.hasNoASCIIEquivalent) ? false : nil
            }
        }
        if let found = found ?? nil { return found }
        return text.range(of: word) != nil
    }

    /// Whether every byte is ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index &+ 8 <= bytes.count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                return false
            }
            index &+= 8
        }
        while index < bytes.count {
            if base[index] >= 0x80 { return false }
            index &+= 1
        }
        return true
    }

    /// The text's UTF-8 bytes in place: a String's own, or the part of its base a Substring spans
    /// (whose UTF-8 view does not offer contiguous storage itself); nil for bridged text.
    private static func withUTF8<Result>(
        of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        if let string = text as? String { return string.utf8.withContiguousStorageIfAvailable(body) }
        guard let part = text as? Substring else { return text.utf8.withContiguousStorageIfAvailable(body) }
        let start = part.base.utf8.distance(from: part.base.startIndex, to: part.startIndex)
        let count = part.utf8.count
        return part.base.utf8.withContiguousStorageIfAvailable {
            body(UnsafeBufferPointer(rebasing: $0[start..<(start + count)]))
        }
    }

    /// Whether the non-empty `needle` occurs in `haystack`: `memchr` to each candidate first byte, then `memcmp`.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, let word = needle.baseAddress, haystack.count >= needle.count else {
            return false
        }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            guard let hit = memchr(base + start, Int32(word.pointee), last - start + 1) else { return false }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, word, needle.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }
}

extension Unicode.Scalar {
    /// Kana, CJK ideographs and the full- and half-width forms: letters that no sequence of
    /// ASCII characters is canonically equivalent to (their decompositions, if any, are not ASCII).
    fileprivate var hasNoASCIIEquivalent: Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9F: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// `TextSearch.contains`: in this module it takes the place of Foundation's `contains`.
    func contains(_ other: String) -> Bool { TextSearch.contains(self, other) }
}
