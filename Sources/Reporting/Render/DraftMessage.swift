import Foundation

/// The follow-up mail as an `.eml` draft that Outlook (and Thunderbird) open for editing:
/// `X-Unsent: 1`, no recipient yet, the subject as RFC 2047 encoded words, the body as UTF-8
/// in base64, CRLF line ends throughout (FORMATS.md §6).
public enum DraftMessage {
    /// A file sent with the mail (the blank hearing sheet).
    public struct Attachment: Sendable {
        public let fileName: String
        public let contentType: String
        public let bytes: Data

        public init(fileName: String, contentType: String, bytes: Data) {
            self.fileName = fileName
            self.contentType = contentType
            self.bytes = bytes
        }
    }

    /// The message bytes; with attachments, a `multipart/mixed` message [RFC 2046 §5.1].
    public static func render(_ mail: FollowUpText, date: Date, attachments: [Attachment] = []) -> Data {
        var lines = [
            "X-Unsent: 1",
            "To: undisclosed-recipients:;",
            "Subject: " + encodedWords(mail.subject).joined(separator: "\r\n "),
            "Date: " + rfc5322Date(date),
            "MIME-Version: 1.0",
        ]
        let text = Data(mail.body.raw.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        if attachments.isEmpty {
            lines += ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", ""]
            lines += base64Lines(text)
        } else {
            // The boundary is made of characters base64 never produces together (`=_`).
            let boundary = "=_caseintake_part_boundary"
            lines += ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", ""]
            lines += [
                "--" + boundary, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "",
            ]
            lines += base64Lines(text)
            for attachment in attachments {
                let name = encodedWords(attachment.fileName, firstLineUsed: 8).joined(separator: " ")
                lines += [
                    "--" + boundary,
                    "Content-Type: \(attachment.contentType); name=\"\(name)\"",
                    "Content-Transfer-Encoding: base64",
                    "Content-Disposition: attachment; filename*=UTF-8''\(percentEncoded(attachment.fileName))",
                    "",
                ]
                lines += base64Lines(attachment.bytes)
            }
            lines.append("--" + boundary + "--")
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// Base64 in lines of at most 76 characters [RFC 2045 §6.8].
    private static func base64Lines(_ data: Data) -> [String] {
        let text = data.base64EncodedString()
        var lines: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let end = text.index(index, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex
            lines.append(String(text[index..<end]))
            index = end
        }
        return lines
    }

    /// RFC 2231 §4 value characters: attribute-char stays, every other UTF-8 byte is `%XX`.
    static func percentEncoded(_ text: String) -> String {
        let plain = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        return text.utf8.map { plain.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }

    /// `=?UTF-8?B?…?=` words of whole characters, each at most 75 characters long and each
    /// header line at most 76 [RFC 2047 §2, §5]; the first word shares its line with `Subject: `.
    /// A character here is a Unicode scalar, never cut in its UTF-8 bytes: a Swift `Character`
    /// (a letter with any number of combining marks) could outgrow a word.
    public static func encodedWords(_ text: String, firstLineUsed: Int = "Subject: ".count) -> [String] {
        let prefix = "=?UTF-8?B?"
        let suffix = "?="
        // Base64 carries 3 bytes in 4 characters: 75 - 12 = 63 characters hold 45 bytes.
        func limit(_ used: Int) -> Int { (min(75, 76 - used) - prefix.count - suffix.count) / 4 * 3 }
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > limit(words.isEmpty ? firstLineUsed : 1), !chunk.isEmpty {
                words.append(prefix + Data(chunk).base64EncodedString() + suffix)
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(prefix + Data(chunk).base64EncodedString() + suffix) }
        return words
    }

    /// `Fri, 20 Nov 2026 01:05:00 +0000` [RFC 5322 §3.3], in UTC so it never depends on the machine.
    static func rfc5322Date(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = days[((parts.weekday ?? 1) - 1 + 7) % 7]
        let month = months[((parts.month ?? 1) - 1 + 12) % 12]
        let clock = String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return "\(day), \(String(format: "%02d", parts.day ?? 1)) \(month) \(parts.year ?? 1970) \(clock) +0000"
    }
}
