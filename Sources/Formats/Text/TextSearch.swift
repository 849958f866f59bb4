import Foundation

/// Looking for a word in text as recognition and the parsers do, dozens of times a line on every
/// received text file. Foundation's `contains` bridges to NSString on Linux and costs microseconds a
/// call (most of the time `check` spent on 20,000 small files); an ASCII word is looked for here as
/// UTF-8 bytes instead. Other words, and text without contiguous storage, still go
/// through Foundation.
public enum TextSearch {
    /// Whether `word` occurs in `text`. Like Foundation's `contains`, an empty word is never found.
    public static func contains(_ text: some StringProtocol, _ word: String) -> Bool {
        if !word.isEmpty, word.utf8.allSatisfy({ $0 < 0x80 }),
            let found = withUTF8(
                of: text,
                { haystack -> Bool in
                    var word = word
                    return word.withUTF8 { find($0, in: haystack) }
                })
        {
            return found
        }
        return text.range(of: word) != nil
    }

    /// The text's UTF-8 bytes in place: a String's own, or the part of its base a Substring spans
    /// (whose UTF-8 view does not offer contiguous storage itself); nil for bridged text.
    private static func withUTF8<Result>(
        of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        guard let part = text as? Substring else { return nil }
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

extension StringProtocol {
    /// `TextSearch.contains`: in this module it takes the place of Foundation's `contains`.
    func contains(_ other: String) -> Bool { TextSearch.contains(self, other) }
}
