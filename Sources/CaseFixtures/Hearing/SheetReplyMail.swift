import Foundation

/// A customer's reply mail (`.eml`) whose plain-text body carries a filled hearing sheet, pasted
/// or quoted: UTF-8 in base64, as Outlook and Thunderbird send Japanese text today, or
/// ISO-2022-JP 7bit as older mailers do.
public enum SheetReplyMail {
    /// The message; `iso2022jp` writes the body in ISO-2022-JP instead of UTF-8 base64.
    public static func message(body: String, iso2022jp: Bool = false) -> [UInt8] {
        var lines = [
            "From: =?UTF-8?B?\(Data("山田 太郎".utf8).base64EncodedString())?= <yamada@example.co.jp>",
            "To: support@example.com",
            "Subject: =?UTF-8?B?\(Data("Re: ヒアリングシートのご返送".utf8).base64EncodedString())?=",
            "Date: Mon, 23 Nov 2026 09:30:00 +0900",
            "Message-ID: <reply-1@example.co.jp>",
            "MIME-Version: 1.0",
        ]
        var bytes: [UInt8]
        if iso2022jp {
            lines += ["Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit", ""]
            bytes = Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
            for line in body.components(separatedBy: "\n") {
                bytes += JapaneseMailEncoding.iso2022jp(line) + [0x0D, 0x0A]
            }
        } else {
            lines += ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", ""]
            let encoded = Data(body.utf8).base64EncodedString(options: [
                .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
            ])
            bytes = Array((lines.joined(separator: "\r\n") + "\r\n" + encoded + "\r\n").utf8)
        }
        return bytes
    }
}
