/// RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header values.
public enum EncodedWords {
    /// One decoded word, with the raw bytes it carried (for diagnosis).
    public struct Word: Sendable {
        /// The declared charset, lower-cased.
        public var charset: String
        /// The bytes after base64 / Q decoding.
        public var bytes: [UInt8]
    }

    /// Decodes a header value's bytes (already unfolded): encoded words are decoded in their
    /// charset, white space between adjacent words is dropped (§6.2), other bytes are read in
    /// `raw` or, without one, in the charset detected for them (raw 8-bit headers); never into
    /// private-use characters.
    public static func decode(_ value: [UInt8]) -> (text: String, words: [Word]) {
        decode(value, raw: nil)
    }

    static func decode(_ value: [UInt8], raw: RawHeaderCharset?) -> (text: String, words: [Word]) {
        var text = ""
        var words: [Word] = []
        var plain: [UInt8] = []
        var pendingSpace: [UInt8] = []
        var lastWasWord = false
        var pending: Word?
        var index = 0
        // Adjacent words of one charset are joined before decoding: mailers split an
        // ISO-2022-JP escape sequence or a UTF-8 character across two words.
        func flushPending() {
            if let word = pending { text += MailCharset.decodeLeniently(word.bytes, charset: word.charset) }
            pending = nil
        }
        func flushPlain() {
            if !plain.isEmpty {
                flushPending()
                text += raw.map { $0.decode(plain) } ?? RawHeaderCharset.detect(plain)
            }
            plain.removeAll()
        }
        while index < value.count {
            if value[index] == UInt8(ascii: "="), index &+ 1 < value.count, value[index &+ 1] == UInt8(ascii: "?"),
                let (word, end) = parseWord(value, at: index)
            {
                // White space between two encoded words is dropped; elsewhere kept.
                if !lastWasWord { plain.append(contentsOf: pendingSpace) }
                pendingSpace.removeAll()
                flushPlain()
                if var joined = pending, joined.charset == word.charset {
                    joined.bytes.append(contentsOf: word.bytes)
                    pending = joined
                } else {
                    flushPending()
                    pending = word
                }
                words.append(word)
                lastWasWord = true
                index = end
                continue
            }
            let byte = value[index]
            if byte == 0x20 || byte == 0x09 {
                pendingSpace.append(byte)
            } else {
                plain.append(contentsOf: pendingSpace)
                pendingSpace.removeAll()
                plain.append(byte)
                lastWasWord = false
            }
            index &+= 1
        }
        plain.append(contentsOf: pendingSpace)
        flushPlain()
        flushPending()
        return (RawHeaderCharset.withoutPrivateUse(text), words)
    }

    /// Decodes a header value given as a string of ASCII/UTF-8.
    public static func decode(_ value: String) -> String {
        decode(Array(value.utf8)).text
    }

    /// Parses `=?charset?X?text?=` starting at `start`; nil when it is not a well-formed word.
    private static func parseWord(_ value: [UInt8], at start: Int) -> (Word, Int)? {
        let limit = min(value.count, start &+ 1024)
        var cursor = start &+ 2
        let charsetStart = cursor
        while cursor < limit, value[cursor] != UInt8(ascii: "?") {
            if value[cursor] == 0x20 { return nil }
            cursor &+= 1
        }
        guard cursor &+ 2 < limit, value[cursor &+ 2] == UInt8(ascii: "?") else { return nil }
        var charset = String(decoding: value[charsetStart..<cursor], as: UTF8.self).lowercased()
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }  // RFC 2231 language
        let mode = value[cursor &+ 1] | 0x20
        guard mode == UInt8(ascii: "b") || mode == UInt8(ascii: "q") else { return nil }
        let textStart = cursor &+ 3
        cursor = textStart
        while cursor &+ 1 < limit, !(value[cursor] == UInt8(ascii: "?") && value[cursor &+ 1] == UInt8(ascii: "=")) {
            cursor &+= 1
        }
        guard cursor &+ 1 < limit else { return nil }
        let encoded = Array(value[textStart..<cursor])
        let bytes =
            mode == UInt8(ascii: "b")
            ? TransferDecoding.base64(encoded)
            : TransferDecoding.quotedPrintable(encoded, underscoreIsSpace: true)
        return (Word(charset: charset, bytes: bytes), cursor &+ 2)
    }
}
