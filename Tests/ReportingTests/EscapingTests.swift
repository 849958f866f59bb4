import Testing

@testable import Reporting

/// Texts with nothing to escape come back as they are; a text holding any character that needs
/// escaping is escaped wherever that character sits.
@Suite struct EscapingTests {
    /// Every character `PlainText.withoutControls` replaces or rewrites, and HTML's five marks.
    static let controls: [String] =
        (0..<0x20).filter { $0 != 0x09 && $0 != 0x0A }.map { String(UnicodeScalar($0)!) }
        + ["\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\r\n"]
    static let htmlMarks = ["<", ">", "&", "\"", "'"]

    @Test("plain texts, Japanese, tabs and line feeds pass through both escapes unchanged")
    func plainTexts() {
        for text in ["", "SPNT-SV01", "サーバー 2026-11-20 10:05", "tab\there\nnext line", "é ü ¡ \u{A0} \u{FFFD}"] {
            #expect(PlainText.withoutControls(text) == text)
            #expect(HTMLText.escaped(text) == text)
        }
    }

    @Test("a control anywhere in a text is replaced, at its start, middle and end")
    func controlsAnywhere() {
        for control in Self.controls {
            for text in [control + "ab", "a" + control + "b", "ab" + control] {
                let cleaned = PlainText.withoutControls(text)
                #expect(cleaned != text, "\(text.unicodeScalars.map { $0.value })")
                #expect(!PlainText.hasControls(cleaned))
                #expect(HTMLText.escaped(text) == cleaned)
            }
        }
        // A carriage return ends a line: it becomes a line feed, not U+FFFD.
        #expect(PlainText.withoutControls("a\r\nb\rc") == "a\nb\nc")
    }

    @Test("each HTML mark is escaped wherever it sits, and a control beside it is replaced too")
    func marksAnywhere() {
        let references = ["&lt;", "&gt;", "&amp;", "&quot;", "&#39;"]
        for (mark, reference) in zip(Self.htmlMarks, references) {
            #expect(HTMLText.escaped(mark + "x") == reference + "x")
            #expect(HTMLText.escaped("x" + mark + "\u{1B}") == "x" + reference + "\u{FFFD}")
        }
        // U+00C2 itself (Â) is no control, nor is what follows it when it is not C1.
        #expect(HTMLText.escaped("Â¡") == "Â¡")
    }

    @Test("a mark followed by a combining mark is escaped: one Character to Swift, still a quote to a browser")
    func marksWithCombiningMarks() {
        let references = ["&lt;", "&gt;", "&amp;", "&quot;", "&#39;"]
        for (mark, reference) in zip(Self.htmlMarks, references) {
            #expect(HTMLText.escaped("a" + mark + "\u{301} onmouseover=x") == "a" + reference + "\u{301} onmouseover=x")
        }
    }
}
