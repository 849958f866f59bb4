import Testing

@testable import Formats

@Suite struct TextLinesTests {
    static let texts = [
        "", "\n", "a", "a\n", "\na", "a\r\nb", "a\r\n", "a\rb\nc", "a\n\rb", "a\r\n\r\nb", "\r\n\r\n",
        "one\u{0B}two\u{0C}three", "NEL\u{85}after", "LS\u{2028}PS\u{2029}end", "\u{2028}", "\u{2027}x\u{202A}",
        "e\u{301}\n\u{301}x", "ヒアリングシート\r\n1-1 回答\r\n\r\n1-2 ", "\u{C2}\u{A0}\u{E2}\u{80}\u{AA}", "tab\tline\n\n\nend",
    ]

    @Test("the lines are those Character splitting gives, empty lines left out or kept", arguments: texts)
    func sameAsCharacterSplit(text: String) {
        for limit in [1, 2, 3, 400] {
            for omitting in [true, false] {
                let expected = text.split(omittingEmptySubsequences: omitting, whereSeparator: \.isNewline)
                    .prefix(limit)
                #expect(TextLines.split(text, limit: limit, omittingEmpty: omitting) == Array(expected))
                let inner = ("x\n" + text + "\ny").dropFirst(2).dropLast(2)
                let innerExpected = inner.split(omittingEmptySubsequences: omitting, whereSeparator: \.isNewline)
                    .prefix(limit)
                #expect(TextLines.split(inner, limit: limit, omittingEmpty: omitting) == Array(innerExpected))
            }
        }
    }

    @Test("the scan stops after the lines asked for")
    func stopsAtLimit() {
        let text = String(repeating: "line\r\n", count: 10_000)
        #expect(TextLines.split(text, limit: 3).count == 3)
        #expect(TextLines.split(text, limit: 0).isEmpty)
    }
}
