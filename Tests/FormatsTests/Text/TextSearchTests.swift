import Foundation
import Testing

@testable import Formats

@Suite struct TextSearchTests {
    @Test(
        "an ASCII word is found where Foundation finds it, anywhere in a String or a Substring",
        arguments: [
            ("Nov 20 10:05:01 mx postfix/smtpd[311]: connect", " postfix/", true),
            ("Nov 20 10:05:01 mx postfix/smtpd[311]: connect", "connect", true),
            ("Nov 20 10:05:01 mx postfix/smtpd[311]: connect", "Connect", false),
            ("aaab", "aab", true),
            ("ab", "abc", false),
            ("220 メールサーバ ready", "ready", true),
            ("220 メールサーバ ready", "メール", true),
            ("220 メールサーバ ready", "メモ", false),
            ("", "a", false),
            ("anything", "", false),
            ("Connect failed: connection refused", "接続に失敗しました", false),
            ("telnet mx 25\r\n接続に失敗しました", "接続に失敗しました", true),
            ("a plain ASCII job log line of forty-odd bytes", "ヒアリング", false),
            ("ＡＳＣＩＩ full-width", "ＡＳＣＩＩ", true),
            ("ASCII", "ＡＳＣＩＩ", false),
        ])
    func sameAsFoundation(text: String, word: String, expected: Bool) {
        #expect(TextSearch.contains(text, word) == expected)
        #expect(TextSearch.contains(text, word) == (text.range(of: word) != nil))
        let padded = "xx" + text + "yy"
        let middle = padded.dropFirst(2).dropLast(2)
        #expect(TextSearch.contains(middle, word) == expected)
    }

    @Test("a word cut off by the end of a Substring is not found past it")
    func substringBounds() {
        let line = "EHLO spnt-server\r\nQUIT"
        let first = line.split(separator: "\r\n")[0]
        #expect(!TextSearch.contains(first, "QUIT"))
        #expect(TextSearch.contains(first, "spnt-server"))
    }
}
