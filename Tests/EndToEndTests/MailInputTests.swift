import CaseFixtures
import Foundation
import Testing

/// The case as it really arrives: the customer's reply with the encrypted archive attached and,
/// in a second mail, its password (PPAP).
@Suite struct MailInputTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseintake-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let reply = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: try ExampleCases.completeCase())]
        )
        try Data(reply).write(to: folder.appendingPathComponent("返信.eml"))
        let password = ReplyMailWriter.passwordMail(
            "山田です。\n先ほどお送りした資料の解凍パスワードは下記の通りです。\n\n\(fullWidth(ExampleCases.password))\n\nよろしくお願いいたします。")
        try Data(password).write(to: folder.appendingPathComponent("パスワード.eml"))
    }

    /// The password as a customer's IME may type it: full-width letters and digits.
    func fullWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (0x21...0x7E).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
                }))
    }

    @Test("返信.eml + パスワード.eml: the case is read, the report names the password mail, the password appears nowhere")
    func replyAndPasswordMail() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CaseIntakeBinary.run(
            ["report", "返信.eml", "パスワード.eml", "-o", "out", "--case-id", "c1"], in: folder)
        #expect(run.status == 0, "\(run.stderr)\n\(run.stdout)")
        #expect(!run.stderr.contains(ExampleCases.password) && !run.stdout.contains(ExampleCases.password))
        let out = folder.appendingPathComponent("out/c1")
        let data = try Data(contentsOf: out.appendingPathComponent("summary.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["status"] as? String == "complete")
        let files = try #require(json["files"] as? [[String: Any]])
        let mail = try #require(files.first { $0["path"] as? String == "返信.eml" })
        #expect(mail["kind"] as? String == "mail-eml")
        let archive = try #require(files.first { $0["path"] as? String == "返信.eml!/調査資料.zip" })
        #expect(archive["kind"] as? String == "archive")
        let codes = (archive["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(codes.contains("intake.input.password-from-mail"), "\(archive)")
        #expect(files.contains { ($0["path"] as? String)?.hasSuffix("イベントログ.zip!/システム.evtx") == true })
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains("report.ja.html"))
        for name in names {
            let text = String(decoding: try Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
            #expect(!text.contains(ExampleCases.password), "\(name) shows the password")
            #expect(!text.contains(fullWidth(ExampleCases.password)), "\(name) shows the password")
        }
        let report = try String(contentsOf: out.appendingPathComponent("report.en.md"), encoding: .utf8)
        #expect(report.contains("opened with the password written in パスワード.eml"), "\(report)")
    }

    @Test("the mails that brought the case are neither the notification mail of item 5 nor a time range to check")
    func correspondenceIsNoEvidence() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CaseIntakeBinary.run(
            ["report", "返信.eml", "パスワード.eml", "-o", "out", "--case-id", "c3", "--symptom", "garbled"], in: folder)
        #expect(run.status == 1, "\(run.stderr)\n\(run.stdout)")
        let data = try Data(contentsOf: folder.appendingPathComponent("out/c3/summary.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        let mailItem = try #require(items.first { $0["number"] as? Int == 5 })
        #expect(mailItem["status"] as? String == "missing", "\(mailItem)")
        let observations = try #require(json["observations"] as? [[String: Any]])
        let onMails = observations.filter { observation in
            (observation["evidence"] as? [String])?.contains { $0 == "返信.eml" || $0 == "パスワード.eml" } == true
        }
        #expect(onMails.isEmpty, "\(onMails)")
    }

    @Test("an archive given as an input opened by the password mail: the case findings name the mail")
    func inputArchive() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(try ExampleCases.completeCase()).write(to: folder.appendingPathComponent("調査資料.zip"))
        let run = try CaseIntakeBinary.run(
            ["report", "調査資料.zip", "パスワード.eml", "-o", "out", "--case-id", "c2"], in: folder)
        #expect(run.status == 0, "\(run.stderr)\n\(run.stdout)")
        let data = try Data(contentsOf: folder.appendingPathComponent("out/c2/summary.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require((json["case"] as? [String: Any])?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["code"] as? String == "intake.input.password-from-mail" }, "\(findings)")
        #expect(!String(decoding: data, as: UTF8.self).contains(ExampleCases.password))
    }

    @Test("the reply alone: exit 2, the archive could not be opened")
    func replyAlone() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CaseIntakeBinary.run(["check", "返信.eml"], in: folder)
        #expect(run.status == 2, "\(run.stdout)")
    }
}
