import Markdown
import Testing

@testable import Reporting

@Suite struct MarkdownTextTests {
    @Test(
        "customer text renders back as the same literal text, whatever markup it carries",
        arguments: [
            "# heading", "- item", "1. first", "  3) third", "> quote", "*bold* _em_ `code`",
            "[x](javascript:alert(1))",
            "<script>alert(1)</script>", "&amp; entity", "![img](x.png)", "a | b", "~~gone~~", "=====",
            "2026-11-20 10:05:00 (+09:00)", "19.123.00", "1.", "12) twelfth", "0.1.0", "6.0 SP1",
            // A combining mark joins a marker into one Character, but cmark reads bytes: still a marker.
            "*\u{301}強調*\u{301} 通知", "[\u{301}x](javascript:alert(1))", "<\u{301}b>太字</b>",
        ])
    func roundTrip(text: String) {
        let rendered = MarkdownDocument.parse("- label: " + MarkdownText.escaped(text))
        #expect(rendered == [.list(ordered: false, items: [[.paragraph("label: " + text)]])])
        let alone = MarkdownDocument.parse(MarkdownText.escaped(text))
        #expect(alone == [.paragraph(text.trimmingCharacters(in: .whitespaces))])
    }

    @Test("dates, times and versions stay readable in the Markdown source")
    func readable() {
        #expect(MarkdownText.escaped("2026-11-20 10:05:00 (+09:00)") == "2026-11-20 10:05:00 (+09:00)")
        #expect(MarkdownText.escaped("pattern 19.123.00") == "pattern 19.123.00")
        #expect(MarkdownText.escaped("0.1.0") == "0.1.0")
        #expect(MarkdownText.escaped("6.0 SP1") == "6.0 SP1")
        #expect(MarkdownText.escaped("1. first") == "1\\. first")
    }

    @Test(
        "a code span holds its text literally, whatever backticks it carries",
        arguments: ["a`b", "``x``", "`start", "end`", " padded ", "a``\u{301}`*b*`", "`\u{301}*c*"])
    func codeSpans(text: String) {
        #expect(MarkdownDocument.parse(MarkdownText.codeSpan(text)) == [.paragraph(text)])
    }
}
