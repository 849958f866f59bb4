import Foundation

/// Writes the mails customers send to support with material attached: a reply carrying an
/// archive (its Japanese name in the forms Japanese mailers use), a forwarded reply, and the
/// separate password mail (PPAP). Deterministic: fixed boundaries, dates and message IDs.
public enum ReplyMailWriter {
    /// How an attachment's file name is written in its part header.
    public enum NameForm: String, Sendable, CaseIterable {
        /// RFC 2231 `filename*=ISO-2022-JP''%1B%24B…` (Thunderbird, Becky!).
        case rfc2231 = "rfc2231"
        /// RFC 2231 split into continuations `filename*0*=…; filename*1*=…` (long names).
        case rfc2231Continued = "rfc2231-continued"
        /// RFC 2047 `filename="=?ISO-2022-JP?B?…?="` (Outlook).
        case rfc2047 = "rfc2047"
        /// RFC 2047 Q words in Shift_JIS: `=?Shift_JIS?Q?…?=`.
        case rfc2047ShiftJISQ = "rfc2047-shift-jis-q"
        /// Raw CP932 bytes in a quoted `filename=` (old Japanese mailers).
        case rawCP932 = "raw-cp932"
        /// No `filename`; `name=` of Content-Type only, RFC 2047.
        case contentTypeName = "content-type-name"
    }

    /// How the attachment's bytes are encoded in the mail.
    public enum Encoding: String, Sendable, CaseIterable {
        case base64 = "base64"
        case quotedPrintable = "quoted-printable"
    }

    /// One attachment of a reply.
    public struct Attachment: Sendable {
        public var name: String
        public var contentType: String
        public var bytes: [UInt8]
        public var nameForm: NameForm
        public var encoding: Encoding

        public init(
            name: String, contentType: String = "application/zip", bytes: [UInt8], nameForm: NameForm = .rfc2231,
            encoding: Encoding = .base64
        ) {
            self.name = name
            self.contentType = contentType
            self.bytes = bytes
            self.nameForm = nameForm
            self.encoding = encoding
        }
    }

    /// The reply's body text.
    public static let replyText = """
        お世話になっております。
        ご依頼の資料を添付いたします。パスワードは別途お送りします。
        """

    /// A reply with a text body and the attachments, `multipart/mixed`, CRLF line breaks.
    public static func reply(
        subject: String = "Re: 【ServerProtect】調査資料のご依頼", text: String = replyText, attachments: [Attachment]
    ) -> [UInt8] {
        var mail = headerLines(subject: subject, id: "reply")
        mail += line("Content-Type: multipart/mixed; boundary=\"=_caseintake_mixed_1\"")
        mail += line("")
        mail += line("This is a multi-part message in MIME format.")
        mail += line("")
        mail += line("--=_caseintake_mixed_1")
        mail += textPart(text)
        for attachment in attachments {
            mail += line("--=_caseintake_mixed_1")
            mail += part(attachment)
        }
        mail += line("--=_caseintake_mixed_1--")
        return mail
    }

    /// A mail forwarding `message` as `message/rfc822` (「転送」 as an attachment).
    public static func forwarding(_ message: [UInt8]) -> [UInt8] {
        var mail = headerLines(subject: "Fw: 調査資料", id: "forward")
        mail += line("Content-Type: multipart/mixed; boundary=\"fwd-boundary-2\"")
        mail += line("")
        mail += line("--fwd-boundary-2")
        mail += textPart("お客様からのメールを転送します。")
        mail += line("--fwd-boundary-2")
        mail += line("Content-Type: message/rfc822")
        mail += line("Content-Disposition: inline")
        mail += line("")
        mail += message
        mail += line("")
        mail += line("--fwd-boundary-2--")
        return mail
    }

    /// The password mail: a plain ISO-2022-JP text mail whose body is `text`.
    public static func passwordMail(_ text: String) -> [UInt8] {
        var mail = headerLines(subject: "パスワードのご連絡", id: "password")
        mail += line("Content-Type: text/plain; charset=ISO-2022-JP")
        mail += line("Content-Transfer-Encoding: 7bit")
        mail += line("")
        mail += JapaneseMailEncoding.iso2022jp(text.replacingOccurrences(of: "\n", with: "\r\n"))
        mail += line("")
        return mail
    }

    /// The password mail as some mailers send it: HTML alone, UTF-8 in base64, `html` the body.
    public static func htmlPasswordMail(_ html: String) -> [UInt8] {
        var mail = headerLines(subject: "パスワードのご連絡", id: "password-html")
        mail += line("Content-Type: text/html; charset=\"utf-8\"")
        mail += line("Content-Transfer-Encoding: base64")
        mail += line("")
        mail += Array(JapaneseMailEncoding.base64(Array(html.utf8), lineBreak: "\r\n").utf8)
        mail += line("")
        return mail
    }

    private static func headerLines(subject: String, id: String) -> [UInt8] {
        var lines = line(
            "From: =?ISO-2022-JP?B?\(JapaneseMailEncoding.base64(JapaneseMailEncoding.iso2022jp("山田")))?= <yamada@example.co.jp>"
        )
        lines += line("To: support@example.com")
        lines += line(
            "Subject: =?ISO-2022-JP?B?\(JapaneseMailEncoding.base64(JapaneseMailEncoding.iso2022jp(subject)))?=")
        lines += line("Date: Mon, 23 Nov 2026 09:30:00 +0900")
        lines += line("Message-ID: <\(id).20261123093000@example.co.jp>")
        lines += line("MIME-Version: 1.0")
        return lines
    }

    private static func textPart(_ text: String) -> [UInt8] {
        var lines = line("Content-Type: text/plain; charset=ISO-2022-JP")
        lines += line("Content-Transfer-Encoding: 7bit")
        lines += line("")
        lines += JapaneseMailEncoding.iso2022jp(text.replacingOccurrences(of: "\n", with: "\r\n"))
        lines += line("")
        lines += line("")
        return lines
    }

    private static func part(_ attachment: Attachment) -> [UInt8] {
        let jis = JapaneseMailEncoding.iso2022jp(attachment.name)
        let word = "=?ISO-2022-JP?B?\(JapaneseMailEncoding.base64(jis))?="
        var lines: [UInt8] = []
        switch attachment.nameForm {
        case .rfc2231:
            lines += line("Content-Type: \(attachment.contentType)")
            lines += line("Content-Disposition: attachment;")
            lines += line(" filename*=ISO-2022-JP''\(percentEncoded(jis))")
        case .rfc2231Continued:
            let encoded = percentEncoded(Array("\(attachment.name)".utf8))
            let middle = encoded.index(encoded.startIndex, offsetBy: encoded.count / 2)
            lines += line("Content-Type: \(attachment.contentType)")
            lines += line("Content-Disposition: attachment;")
            lines += line(" filename*0*=UTF-8''\(encoded[..<middle]);")
            lines += line(" filename*1*=\(encoded[middle...])")
        case .rfc2047:
            lines += line("Content-Type: \(attachment.contentType); name=\"\(word)\"")
            lines += line("Content-Disposition: attachment; filename=\"\(word)\"")
        case .rfc2047ShiftJISQ:
            let q = JapaneseMailEncoding.cp932(attachment.name).map { String(format: "=%02X", $0) }.joined()
            lines += line("Content-Type: \(attachment.contentType)")
            lines += line("Content-Disposition: attachment; filename=\"=?Shift_JIS?Q?\(q)?=\"")
        case .rawCP932:
            lines += line("Content-Type: \(attachment.contentType)")
            lines +=
                Array("Content-Disposition: attachment; filename=\"".utf8) + JapaneseMailEncoding.cp932(attachment.name)
                + line("\"")
        case .contentTypeName:
            lines += line("Content-Type: \(attachment.contentType); name=\"\(word)\"")
        }
        switch attachment.encoding {
        case .base64:
            lines += line("Content-Transfer-Encoding: base64")
            lines += line("")
            lines += line(JapaneseMailEncoding.base64(attachment.bytes, lineBreak: "\r\n"))
        case .quotedPrintable:
            lines += line("Content-Transfer-Encoding: quoted-printable")
            lines += line("")
            // Ends with a soft line break: the bytes end where the encoded text does.
            lines += quotedPrintable(attachment.bytes)
            lines += line("=")
        }
        lines += line("")
        return lines
    }

    /// RFC 2231 §4 percent-encoding of everything but unreserved ASCII.
    private static func percentEncoded(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let unreserved =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2E || byte == 0x2D || byte == 0x5F
            return unreserved ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }.joined()
    }

    /// Quoted-printable (RFC 2045 §6.7) with soft line breaks every 72 characters; line breaks in
    /// the bytes are encoded too, so binary data survives.
    static func quotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var column = 0
        for byte in bytes {
            let literal = (0x21...0x7E).contains(byte) && byte != UInt8(ascii: "=")
            let piece = literal ? [byte] : Array(String(format: "=%02X", byte).utf8)
            if column + piece.count > 72 {
                output += Array("=\r\n".utf8)
                column = 0
            }
            output += piece
            column += piece.count
        }
        return output
    }

    private static func line(_ text: String) -> [UInt8] { Array((text + "\r\n").utf8) }
}
