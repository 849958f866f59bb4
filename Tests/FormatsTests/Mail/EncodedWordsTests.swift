import Formats
import Testing

/// RFC 2047 encoded words in the charsets Japanese mail uses; expected texts are the words'
/// source strings (base64 of the source strings in each charset, Python `str.encode`).
struct EncodedWordsTests {
    @Test(
        "B and Q words in UTF-8, ISO-2022-JP, Shift_JIS, EUC-JP and ISO-8859-1 decode",
        arguments: [
            ("=?UTF-8?B?44Gr44KD44KT44GT?=", "にゃんこ"),
            ("=?utf-8?q?=E3=81=AB=E3=82=83=E3=82=93=E3=81=93?=", "にゃんこ"),
            ("=?iso-2022-jp?B?GyRCJWElQyU7ITwlOCRyR1s/LiRHJC0kXiQ7JHMhIxsoQg==?=", "メッセージを配信できません。"),
            ("=?shift_jis?B?g0WDQ4OLg1iMn49v?=", "ウイルス検出"),
            ("=?euc-jp?B?paalpKXrpbm4ob3Q?=", "ウイルス検出"),
            ("=?iso-8859-1?q?Andr=E9_Pirard?=", "André Pirard"),
            ("Re: =?UTF-8?B?44Gr?= =?UTF-8?B?44KD?= end", "Re: にゃ end"),
            ("=?UTF-8?B?broken", "=?UTF-8?B?broken"),
        ])
    func decodes(raw: String, expected: String) {
        #expect(EncodedWords.decode(raw) == expected)
    }

    @Test("a declared unknown-8bit body with 8-bit bytes is reported as such")
    func unknownEightBit() {
        var bytes = Array("Subject: x\nContent-Type: text/plain; charset=unknown-8bit\n\n".utf8)
        bytes += [0x82, 0xA0, 0x0A]
        let summary = MailMessageReader.summarize(bytes)
        #expect(summary.hintCodes == [.unknown8Bit])
    }
}

extension MailMessageReader {
    /// Reads a whole message in one block (tests).
    static func summarize(_ bytes: [UInt8]) -> MailMessageSummary {
        var reader = MailMessageReader()
        reader.consume(bytes)
        return reader.finish()
    }
}
