import Markdown
import Reporting
import Testing

/// Escaping for CommonMark: what goes in comes back out of cmark as the same text.
@Suite struct MarkdownTextTests {
    @Test(
        "escaped text reads back as itself",
        arguments: [
            "<script>alert(1)</script>", "[x](javascript:alert(1))", "*bold* _it_ `code` # not a heading",
            "1. not a list", "a | b & c ~~d~~", "&amp; <b>", "![i](data:x)",
        ])
    func escapedTextRoundTrips(_ text: String) {
        #expect(MarkdownDocument.parse(MarkdownText.escaped(text)) == [.paragraph(text)])
    }

    @Test("code spans and fenced blocks survive backticks", arguments: ["a`b", "``x``", "`", "plain"])
    func fencesOutlastBackticks(_ text: String) {
        #expect(MarkdownDocument.parse("x " + MarkdownText.codeSpan(text)) == [.paragraph("x " + text)])
        #expect(
            MarkdownDocument.parse(MarkdownText.fencedBlock(text + "\n```\n")) == [
                .codeBlock(info: "text", code: text + "\n```\n")
            ])
    }
}
