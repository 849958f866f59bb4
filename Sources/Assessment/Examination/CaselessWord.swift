/// A word looked for regardless of case (provider names, notes): ASCII names and words are compared
/// byte by byte; anything else as lower-cased strings.
struct CaselessWord: Sendable {
    private let lowercased: String
    private let asciiBytes: [UInt8]?

    init(_ word: String) {
        lowercased = word.lowercased()
        asciiBytes = lowercased.utf8.allSatisfy { $0 < 0x80 } ? Array(lowercased.utf8) : nil
    }

    /// Whether the word occurs in `name`, ignoring case.
    func occurs(in name: String) -> Bool {
        guard let word = asciiBytes, let found = Self.asciiSearch(word, in: name, whole: false) else {
            return name.lowercased().contains(lowercased)
        }
        return found
    }

    /// Whether `name` is the word, ignoring case.
    func isName(_ name: String) -> Bool {
        guard let word = asciiBytes, let found = Self.asciiSearch(word, in: name, whole: true) else {
            return name.lowercased() == lowercased
        }
        return found
    }

    /// nil when `name` is not ASCII (the caller then compares lower-cased strings).
    private static func asciiSearch(_ word: [UInt8], in name: String, whole: Bool) -> Bool? {
        var name = name
        return name.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            if whole && bytes.count != word.count { return false }
            guard bytes.count >= word.count else { return false }
            if word.isEmpty { return true }
            for start in 0...(bytes.count - word.count) {
                var index = 0
                while index < word.count, lower(bytes[start + index]) == word[index] { index += 1 }
                if index == word.count { return true }
            }
            return false
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
