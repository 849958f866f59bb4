import Formats
import Foundation
import Testing

/// Header bytes written without RFC 2047 encoding are read in the charset the message declares,
/// else in the one detected for them, never into private-use characters; the diagnosis says how.
@Suite struct RawHeaderTextTests {
    /// A one-part message whose Subject is `subject` as raw bytes.
    static func message(subject: [UInt8], contentType: String?, body: [UInt8] = Array("body\r\n".utf8)) -> [UInt8] {
        var head = "From: a@example.com\r\nTo: b@example.com\r\nDate: Fri, 20 Nov 2026 10:05:00 +0900\r\n"
        if let contentType { head += "MIME-Version: 1.0\r\nContent-Type: \(contentType)\r\n" }
        return Array(head.utf8) + Array("Subject: ".utf8) + subject + Array("\r\n\r\n".utf8) + body
    }

    static func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

    static func hasPrivateUse(_ text: String?) -> Bool {
        (text ?? "").unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) || $0.value >= 0xF_0000 }
    }

    @Test(
        "a raw subject in the charset the message declares is read in it",
        arguments: ["iso-8859-1", "windows-1252", "ISO-8859-15"])
    func declaredLatin(charset: String) {
        let bytes = Self.message(
            subject: Self.latin1("Frösche über Wände"), contentType: "text/plain; charset=\(charset)",
            body: Self.latin1("Grüße\r\n"))
        let summary = MailTestSupport.parse(MailMessageReader(), bytes, blockSize: 7)
        #expect(summary.subject == "Frösche über Wände")
        #expect(summary.rawSubject == "Frösche über Wände")
        let hint = summary.hints.first { $0.code == .raw8BitHeader }
        #expect(hint?.detail.contains("read as \(charset.uppercased()), the charset the message declares") == true)
    }

    @Test("a multipart message's first text part declares the charset of its raw headers")
    func declaredInFirstTextPart() {
        let body = Array(
            """
            --b1\r
            Content-Type: text/plain; charset=iso-8859-1\r
            \r
            Gr\u{00FC}\u{00DF}e\r
            --b1--\r

            """.utf8)
        let bytes = Self.message(
            subject: Self.latin1("Frösche"), contentType: "multipart/mixed; boundary=b1", body: body)
        let summary = MailTestSupport.parse(MailMessageReader(), bytes)
        #expect(summary.subject == "Frösche")
    }

    @Test(
        "without a declared charset that fits, the bytes are detected: UTF-8, EUC-JP, CP932, then Latin-1",
        arguments: [
            ("utf-8", "通知テスト", "UTF-8"), ("euc-jp", "通知テスト", "EUC-JP"), ("cp932", "通知テスト", "CP932"),
            ("iso-8859-1", "Frösche", "ISO-8859-1"),
        ])
    func detected(encoding: String, text: String, reported: String) throws {
        let raw: [UInt8] =
            switch encoding {
            case "utf-8": Array(text.utf8)
            case "iso-8859-1": Self.latin1(text)
            default: try #require(Self.japanese[encoding])
            }
        // Declared US-ASCII: no 8-bit byte fits it, so the declaration cannot be used.
        let summary = MailTestSupport.parse(
            MailMessageReader(), Self.message(subject: raw, contentType: "text/plain; charset=us-ascii"))
        #expect(summary.subject == text)
        let hint = summary.hints.first { $0.code == .raw8BitHeader }
        #expect(hint?.detail.contains("read as \(reported) by detection") == true, "\(hint?.detail ?? "no hint")")
    }

    @Test("raw ISO-2022-JP escapes in a subject are read as ISO-2022-JP")
    func rawISO2022JP() throws {
        let raw = try #require(Self.japanese["iso-2022-jp"])
        let summary = MailTestSupport.parse(MailMessageReader(), Self.message(subject: raw, contentType: nil))
        #expect(summary.subject == "通知テスト")
    }

    @Test("bytes that only CP932's user-defined rows would take never become private-use characters")
    func noPrivateUse() {
        // 0xF0 0x40 is a CP932 user-defined character (U+E000); as Latin-1 it is "ð@".
        let summary = MailTestSupport.parse(
            MailMessageReader(), Self.message(subject: [0x41, 0xF0, 0x40, 0x42], contentType: nil))
        #expect(!Self.hasPrivateUse(summary.subject))
        #expect(summary.subject == "Að@B")
        // An encoded word declaring Shift_JIS with the same bytes: the character cannot be shown.
        let word =
            Array("=?shift_jis?B?".utf8) + Array(Data([0x41, 0xF0, 0x40]).base64EncodedString().utf8) + Array("?=".utf8)
        let encoded = MailTestSupport.parse(MailMessageReader(), Self.message(subject: word, contentType: nil))
        #expect(!Self.hasPrivateUse(encoded.subject))
        #expect(encoded.subject == "A\u{FFFD}")
    }

    /// "通知テスト" in the Japanese encodings (Python's codecs).
    static let japanese: [String: [UInt8]] = [
        "euc-jp": [0xC4, 0xCC, 0xC3, 0xCE, 0xA5, 0xC6, 0xA5, 0xB9, 0xA5, 0xC8],
        "cp932": [0x92, 0xCA, 0x92, 0x6D, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67],
        "iso-2022-jp": [
            0x1B, 0x24, 0x42, 0x44, 0x4C, 0x43, 0x4E, 0x25, 0x46, 0x25, 0x39, 0x25, 0x48, 0x1B, 0x28, 0x42,
        ],
    ]
}
