/// Customer text made inert for CommonMark: what cmark, or a wiki's Markdown renderer, reads
/// back as literal text, never as a link, an HTML tag, an emphasis or a block.
public enum MarkdownText {
    /// ASCII punctuation that can start Markdown syntax; CommonMark lets a backslash escape any
    /// ASCII punctuation (spec 0.30 §2.4), so escaping more than needed is harmless.
    private static let punctuation: Set<Character> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "<", ">", "|", "&", "~", "=",
        "\"", "'", ":",
    ]

    /// Inline text on one line: punctuation backslash-escaped, line breaks and control
    /// characters turned into spaces so the text cannot open a new block.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in PlainText.singleLine(text) {
            if punctuation.contains(character) { result.append("\\") }
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
