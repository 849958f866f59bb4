import CaseFixtures
import Formats
import Foundation
import Testing

@testable import Formats

/// A mail sent as HTML alone is read for its text like a plain one: what a reader sees, not the
/// markup, and never the plain body's place taken when the mail has one.
@Suite struct HTMLBodyTests {
    static func mail(_ type: String, _ parts: [(type: String, body: String)]) -> [UInt8] {
        var text = "From: a@example.co.jp\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
        if parts.count == 1 {
            text += "Content-Type: \(parts[0].type); charset=utf-8\r\n\r\n\(parts[0].body)\r\n"
        } else {
            text += "Content-Type: \(type); boundary=\"b\"\r\n\r\n"
            for part in parts { text += "--b\r\nContent-Type: \(part.type); charset=utf-8\r\n\r\n\(part.body)\r\n" }
            text += "--b--\r\n"
        }
        return Array(text.utf8)
    }

    @Test("an HTML body becomes the text a reader sees: blocks end lines, entities decoded, scripts and styles gone")
    func readerText() {
        let html = """
            <html><head><title>件名</title><style>p { color: red }</style></head>
            <body><!-- <p>hidden</p> --><p>お世話になっております。</p>
            <div>パスワード：<b>Xy7&amp;kP2q</b>&nbsp;です</div><script>alert("x")</script>
            <table><tr><td>項目</td><td>値</td></tr></table>改行<br>後</body></html>
            """
        #expect(HTMLBodyText.text(of: html) == "お世話になっております。\n\nパスワード：Xy7&kP2q です\n項目 値\n\n改行\n後")
    }

    @Test("a tag or comment that never closes ends the text instead of running on")
    func unclosed() {
        #expect(HTMLBodyText.text(of: "前<!-- never closed") == "前")
        #expect(HTMLBodyText.text(of: "前<b never closed") == "前")
        #expect(HTMLBodyText.text(of: "<script>never closed") == "")
    }

    @Test("a mail of HTML alone gives its text as the body")
    func htmlAlone() {
        let summary = MailTestSupport.parse(
            MailMessageReader(), Self.mail("", [("text/html", "<p>PW: <i>spnt-2026</i></p>")]), blockSize: 7)
        #expect(summary.bodyText == "PW: spnt-2026")
    }

    @Test("the plain alternative is the body, whether it comes before or after the HTML one", arguments: [true, false])
    func plainPreferred(plainFirst: Bool) {
        let parts = [("text/plain", "plain text"), ("text/html", "<p>html text</p>")]
        let summary = MailTestSupport.parse(
            MailMessageReader(), Self.mail("multipart/alternative", plainFirst ? parts : parts.reversed()))
        #expect(summary.bodyText?.trimmingCharacters(in: .whitespacesAndNewlines) == "plain text")
    }

    @Test("the HTML password mail, base64 in UTF-8, gives its password to the finder")
    func passwordInHTML() {
        let mail = ReplyMailWriter.htmlPasswordMail(
            "<div>先ほどの資料のパスワードは下記の通りです。</div><div><br></div><div>パスワード：<span>spnt-2026</span></div>")
        let summary = MailTestSupport.parse(MailMessageReader(), mail)
        #expect(MailPasswordFinder.candidates(in: summary.bodyText ?? "") == ["spnt-2026"])
    }
}
