import Foundation

/// Writes ServerProtect-like virus notification mails (subject 「ウイルス検出通知」) in the forms
/// that arrive at support: correct ISO-2022-JP and UTF-8, and the broken forms behind mojibake
/// (FORMATS.md §6 "Causes of mojibake").
public enum MailFixtureWriter {
    /// How the notification is encoded.
    public enum Variant: String, Sendable, CaseIterable {
        /// RFC 2047 B-encoded ISO-2022-JP subject, ISO-2022-JP 7bit body: correct.
        case iso2022jp = "iso-2022-jp"
        /// RFC 2047 B-encoded UTF-8 subject, UTF-8 base64 body: correct.
        case utf8Base64 = "utf-8-base64"
        /// Raw Shift_JIS bytes in the Subject header (no RFC 2047), Shift_JIS body.
        case rawShiftJISHeader = "raw-shift-jis-header"
        /// An 8-bit Shift_JIS body without any charset parameter.
        case noCharset = "no-charset"
        /// Declares ISO-2022-JP but the body bytes are UTF-8.
        case declaredISO2022JPWithUTF8 = "iso-2022-jp-declared-utf-8-sent"
        /// ISO-2022-JP carrying CP932-only ① (JIS row 13) in subject and body.
        case cp932InISO2022JP = "cp932-in-iso-2022-jp"
    }

    /// The notification's subject.
    public static let subject = "ウイルス検出通知"
    /// The subject of the CP932 variant, with a circled digit.
    public static let circledSubject = "①ウイルス検出通知"

    /// The notification body text.
    public static let body = """
        ServerProtect がウイルスを検出しました。
        コンピュータ: SPSV01
        ウイルス名: Eicar_test_file
        ファイル: D:\\share\\eicar.com
        処理結果: 隔離
        日時: 2026/11/20 10:05:00
        """

    /// The whole message; `crlf` false writes bare LF line breaks.
    public static func notification(_ variant: Variant, crlf: Bool = true) -> [UInt8] {
        let lineBreak = crlf ? "\r\n" : "\n"
        let bodyText = (variant == .cp932InISO2022JP ? "① " : "") + body
        var subjectField: [UInt8]
        var contentType = "text/plain; charset=ISO-2022-JP"
        var encoding = "7bit"
        var bodyBytes: [UInt8]
        switch variant {
        case .iso2022jp, .cp932InISO2022JP:
            let text = variant == .iso2022jp ? subject : circledSubject
            subjectField = encodedWord(JapaneseMailEncoding.iso2022jp(text), charset: "ISO-2022-JP")
            bodyBytes = JapaneseMailEncoding.iso2022jp(bodyText.replacingOccurrences(of: "\n", with: lineBreak))
        case .utf8Base64:
            subjectField = encodedWord(Array(subject.utf8), charset: "UTF-8")
            contentType = "text/plain; charset=UTF-8"
            encoding = "base64"
            let utf8 = Array(bodyText.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            bodyBytes = Array(JapaneseMailEncoding.base64(utf8, lineBreak: lineBreak).utf8)
        case .rawShiftJISHeader:
            subjectField = JapaneseMailEncoding.cp932(subject)
            contentType = "text/plain; charset=Shift_JIS"
            encoding = "8bit"
            bodyBytes = JapaneseMailEncoding.cp932(bodyText.replacingOccurrences(of: "\n", with: lineBreak))
        case .noCharset:
            subjectField = encodedWord(JapaneseMailEncoding.iso2022jp(subject), charset: "ISO-2022-JP")
            contentType = "text/plain"
            encoding = "8bit"
            bodyBytes = JapaneseMailEncoding.cp932(bodyText.replacingOccurrences(of: "\n", with: lineBreak))
        case .declaredISO2022JPWithUTF8:
            subjectField = encodedWord(JapaneseMailEncoding.iso2022jp(subject), charset: "ISO-2022-JP")
            bodyBytes = Array(bodyText.replacingOccurrences(of: "\n", with: lineBreak).utf8)
        }
        var message: [UInt8] = []
        func field(_ text: String) { message.append(contentsOf: Array((text + lineBreak).utf8)) }
        field("From: \"ServerProtect\" <spnt@example.co.jp>")
        field("To: admin@example.co.jp")
        message.append(contentsOf: Array("Subject: ".utf8) + subjectField + Array(lineBreak.utf8))
        field("Date: Fri, 20 Nov 2026 10:05:00 +0900")
        field("Message-ID: <20261120010500.\(variant.rawValue)@spsv01.example.co.jp>")
        field("MIME-Version: 1.0")
        field("Content-Type: \(contentType)")
        field("Content-Transfer-Encoding: \(encoding)")
        field("X-Mailer: ServerProtect")
        message.append(contentsOf: Array(lineBreak.utf8))
        message.append(contentsOf: bodyBytes)
        message.append(contentsOf: Array(lineBreak.utf8))
        return message
    }

    /// An RFC 2047 B-encoded word (short subjects fit one word of ≤ 75 characters).
    private static func encodedWord(_ bytes: [UInt8], charset: String) -> [UInt8] {
        Array("=?\(charset)?B?\(JapaneseMailEncoding.base64(bytes))?=".utf8)
    }
}
