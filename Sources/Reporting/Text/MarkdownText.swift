/// Customer text made inert for CommonMark: what cmark, or a wiki's Markdown renderer, reads
/// back as literal text, never as a link, an HTML tag, an emphasis or a block.
public enum MarkdownText {
    /// Punctuation that can open inline syntax anywhere in a line: code, emphasis, links and
    /// images, raw HTML and autolinks, entities, strikethrough and tables of wiki dialects.
    /// CommonMark lets a backslash escape any ASCII punctuation (spec 0.30 §2.4).
    private static let inlineMarkers: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "!", "~", "|"]

    /// Punctuation that opens a block only at the start of a line (headings, lists, setext
    /// underlines, quotes); the value may land there, so its first character is escaped.
    private static let blockMarkers: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Inline text on one line: markup punctuation backslash-escaped, line breaks and control
    /// characters turned into spaces so the text cannot open a new block. Dates, times and
    /// versions (`2026-11-20 10:05`, `19.123.00`) stay readable.
    public static func escaped(_ text: String) -> String {
        let line = PlainText.singleLine(text)
        var result = ""
        result.reserveCapacity(line.utf8.count)
        // Up to three spaces may indent a block marker; a leading "1." or "1)" starts a list when
        // a space or the line's end follows (what follows the value is the template's: maybe one).
        let indent = line.prefix { $0 == " " }.count
        let leadingDigits = line.dropFirst(indent).prefix { $0.isASCII && $0.isNumber }.count
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            let opensBlock = index == indent && blockMarkers.contains(character)
            let endsListNumber =
                leadingDigits > 0 && index == indent + leadingDigits && (character == "." || character == ")")
                && (index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\t")
            if inlineMarkers.contains(character) || opensBlock || endsListNumber { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A code span whose fence is longer than any backtick run inside (CommonMark §6.1).
    public static func codeSpan(_ text: String) -> String {
        let line = PlainText.singleLine(text)
        let fence = String(repeating: "`", count: longestRun(of: "`", in: line) + 1)
        let padded = line.first == "`" || line.last == "`" || line.first == " " || line.last == " " ? " \(line) " : line
        return line.isEmpty ? "` `" : fence + padded + fence
    }

    /// A fenced code block that no line of `text` can close (CommonMark §4.5).
    public static func fencedBlock(_ text: String) -> String {
        let body = PlainText.withoutControls(text)
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: body) + 1))
        let ending = body.hasSuffix("\n") ? "" : "\n"
        return fence + "text\n" + body + ending + fence
    }

    private static func longestRun(of mark: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = character == mark ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
