/// Customer text made inert for CommonMark: what cmark, or a wiki's Markdown renderer, reads
/// back as literal text, never as a link, an HTML tag, an emphasis or a block.
public enum MarkdownText {
    /// Punctuation that can open inline syntax anywhere in a line: code, emphasis, links and
    /// images, raw HTML and autolinks, entities, strikethrough and tables of wiki dialects.
    /// CommonMark lets a backslash escape any ASCII punctuation (spec 0.30 §2.4).
    private static let inlineMarkers = Array("\\`*_[]<>&!~|".utf8)

    /// Punctuation that opens a block only at the start of a line (headings, lists, setext
    /// underlines, quotes); the value may land there, so its first character is escaped.
    private static let blockMarkers = Array("#-+=>".utf8)

    /// Inline text on one line: markup punctuation backslash-escaped, line breaks and control
    /// characters turned into spaces so the text cannot open a new block. Dates, times and
    /// versions (`2026-11-20 10:05`, `19.123.00`) stay readable.
    ///
    /// Read as UTF-8 bytes, as cmark reads it: every marker is ASCII, which no multi-byte
    /// character contains, and a marker followed by a combining mark is still a marker to cmark.
    public static func escaped(_ text: String) -> String {
        let line = Array(PlainText.singleLine(text).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(line.count + 8)
        // Up to three spaces may indent a block marker; a leading "1." or "1)" starts a list when
        // a space or the line's end follows (what follows the value is the template's: maybe one).
        let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
        let leadingDigits = line.dropFirst(indent).prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        for (index, byte) in line.enumerated() {
            let opensBlock = index == indent && blockMarkers.contains(byte)
            let endsListNumber =
                leadingDigits > 0 && index == indent + leadingDigits
                && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"))
                && (index + 1 == line.count || line[index + 1] == UInt8(ascii: " ") || line[index + 1] == 0x09)
            if inlineMarkers.contains(byte) || opensBlock || endsListNumber { result.append(UInt8(ascii: "\\")) }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A code span whose fence is longer than any backtick run inside (CommonMark §6.1).
    public static func codeSpan(_ text: String) -> String {
        let line = PlainText.singleLine(text)
        let fence = String(repeating: "`", count: longestBacktickRun(in: line) + 1)
        let edges = [line.utf8.first, line.utf8.last]
        let padded = edges.contains(UInt8(ascii: "`")) || edges.contains(UInt8(ascii: " ")) ? " \(line) " : line
        return line.isEmpty ? "` `" : fence + padded + fence
    }

    /// A fenced code block that no line of `text` can close (CommonMark §4.5).
    public static func fencedBlock(_ text: String) -> String {
        let body = PlainText.withoutControls(text)
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: body) + 1))
        let ending = body.hasSuffix("\n") ? "" : "\n"
        return fence + "text\n" + body + ending + fence
    }

    /// The longest run of backticks, in UTF-8 bytes as cmark counts them (a backtick followed by
    /// a combining mark is one Character to Swift, and still a backtick).
    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for byte in text.utf8 {
            current = byte == UInt8(ascii: "`") ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
