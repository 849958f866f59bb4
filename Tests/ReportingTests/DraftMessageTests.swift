import Foundation
import Reporting
import Testing

/// The .eml drafts as Python's `email` package (policy=default) reads them: an unsent draft whose
/// decoded subject and UTF-8 body are the mail caseintake wrote.
@Suite struct DraftMessageTests {
    static let python = ExternalTool.path("python3")

    static let reader = """
        import email, json, sys
        from email import policy
        raw = open(sys.argv[1], 'rb').read()
        message = email.message_from_bytes(raw, policy=policy.default)
        lines = raw.split(b'\\r\\n')
        print(json.dumps({
            'subject': str(message['subject']),
            'unsent': message['x-unsent'],
            'charset': message.get_content_charset(),
            'body': message.get_content(),
            'defects': len(message.defects),
            'bareLF': raw.replace(b'\\r\\n', b'').count(b'\\n'),
            'longest': max(len(line) for line in lines),
            'date': str(message['date']),
        }))
        """

    struct Parsed: Decodable {
        let subject: String
        let unsent: String?
        let charset: String?
        let body: String
        let defects: Int
        let bareLF: Int
        let longest: Int
        let date: String
    }

    @Test(
        "python's email reads each draft back", .enabled(if: python != nil, "python3 is not installed"),
        arguments: ["incomplete", "complete"])
    func draftsParse(_ name: String) throws {
        let reportCase = try ReportGoldenTests.build(name)
        let outputs = try reportCase.outputs()
        for language in ["ja", "en"] {
            let eml = try #require(outputs.first { $0.name == "followup.\(language).eml" })
            let text = try #require(outputs.first { $0.name == "followup.\(language).txt" })
            let file = reportCase.root.appendingPathComponent("followup.\(language).eml")
            try eml.data.write(to: file)
            let run = try ExternalTool.run(try #require(Self.python), ["-c", Self.reader, file.path])
            try #require(run.status == 0, "python3 failed: \(run.output)")
            let parsed = try JSONDecoder().decode(Parsed.self, from: Data(run.output.utf8))
            let expectedSubject =
                language == "ja"
                ? "【ServerProtect】通知メールの件：" : "[ServerProtect] Notification mail issue: "
            #expect(parsed.subject.hasPrefix(expectedSubject))
            #expect(parsed.subject.hasSuffix(language == "ja" ? "（ケース番号 golden-\(name)）" : "(case golden-\(name))"))
            #expect(parsed.unsent == "1")
            #expect(parsed.charset == "utf-8")
            #expect(parsed.defects == 0)
            #expect(parsed.bareLF == 0)
            #expect(parsed.longest <= 76)
            #expect(parsed.date == "Mon, 23 Nov 2026 01:05:00 +0000")
            let body = parsed.body.replacingOccurrences(of: "\r\n", with: "\n")
            #expect(body == String(decoding: text.data, as: UTF8.self))
        }
    }

    @Test(
        "a long subject folds into encoded words of whole characters, each within the line limit",
        arguments: [
            String(repeating: "通知メール🙂", count: 20),
            // One Swift Character of a hundred scalars: still cut between scalars, never inside one.
            "a" + String(repeating: "\u{301}", count: 100) + " 通知",
        ])
    func longSubjectFolds(subject: String) {
        let words = DraftMessage.encodedWords(subject)
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = words.map { word -> String in
            let payload = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(payload)) ?? Data(), as: UTF8.self)
        }
        #expect(decoded.allSatisfy { !$0.contains("\u{FFFD}") })
        #expect(decoded.joined() == subject)
    }
}
