import CaseFixtures
import Formats
import Foundation
import Testing

/// A mail is told by its header block as a whole: one broken line among valid fields is damage
/// in a mail, not a reason to call it text; prose that starts like a header stays text.
@Suite struct MailSignatureTests {
    /// The notification's header and body as text, with `line` inserted after header line `after`.
    static func notification(inserting line: String?, after: Int) -> String {
        var lines = String(decoding: MailFixtureWriter.notification(.utf8Base64, crlf: false), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let line { lines.insert(line, at: after) }
        return lines.joined(separator: "\n")
    }

    @Test("the fixture notification is a message")
    func plainNotification() {
        #expect(MailSignature.kind(decodedHead: Self.notification(inserting: nil, after: 0)) == .message)
    }

    @Test(
        "one malformed header line after valid fields keeps the file a message",
        arguments: [
            "This line has no colon", "Bad Name With Spaces: value", "ÜmlautName: value", ": empty name",
        ])
    func oneBrokenLine(line: String) {
        #expect(MailSignature.kind(decodedHead: Self.notification(inserting: line, after: 4)) == .message)
        #expect(
            MailSignature.kind(
                decodedHead: "From x@y Fri Nov 20 10:05:00 2026\n" + Self.notification(inserting: line, after: 4))
                == .mbox)
    }

    @Test(
        "text that merely starts with a field or two is not a message",
        arguments: [
            "Subject: meeting notes\nDate: tomorrow\nwe talked about the server\nand the mail\nand more\n",
            "To: the support team\nFrom: the customer\nplease see the attached logs\nthank you\n",
            "This memo mentions Subject: and From: in passing.\nTo: whom it may concern\n",
        ])
    func prose(text: String) {
        #expect(MailSignature.kind(decodedHead: text) == nil)
    }
}
