import CaseFixtures
import Foundation
import Testing

@testable import Intake

/// Mails as inputs: each attachment is an entry `返信.eml!/調査資料.zip` walked like an archive
/// member, while the mail itself still streams whole to the visitor as evidence.
@Suite struct MailIntakeTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    /// A zip with CP932 names holding a log and a nested zip, as a customer's Explorer writes it.
    static func material(password: String? = nil) throws -> (zip: [UInt8], log: [UInt8]) {
        let log = SpntLogWriter.log(outcome: .rejected)
        var inner = ZipWriter()
        try inner.addFile(name: .cp932("イベントログ/System.txt"), contents: Array("event text\r\n".utf8))
        var outer = ZipWriter()
        try outer.addFile(name: .cp932("調査資料/SPNT.log"), contents: log, password: password)
        try outer.addFile(
            name: .cp932("調査資料/ログ.zip"), contents: try inner.finish(), method: .stored, password: password)
        return (try outer.finish(), log)
    }

    func walk(_ files: [(String, [UInt8])], passwords: [String] = [], threads: IntakeWalker.Threads = .two) throws
        -> (RecordingVisitor, IntakeResult)
    {
        let paths = try files.map { try folder.write($0.0, $0.1) }
        let visitor = RecordingVisitor()
        let result = IntakeWalker(passwords: passwords, threads: threads).walk(paths, visitor: visitor)
        return (visitor, result)
    }

    @Test(
        "an attached zip is walked, nested zip too; the attachment's digest is the original's; the mail streams whole",
        arguments: [IntakeWalker.Threads.one, .two], [ReplyMailWriter.NameForm.rfc2231, .rfc2047])
    func attachedZip(threads: IntakeWalker.Threads, form: ReplyMailWriter.NameForm) throws {
        let (zip, log) = try Self.material()
        let mail = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip, nameForm: form)])
        let (visitor, result) = try walk([("返信.eml", mail)], threads: threads)
        let paths = visitor.closed.map(\.path.description)
        #expect(
            paths == [
                "返信.eml!/調査資料.zip!/調査資料/SPNT.log",
                "返信.eml!/調査資料.zip!/調査資料/ログ.zip!/イベントログ/System.txt",
                "返信.eml!/調査資料.zip!/調査資料/ログ.zip",
                "返信.eml!/調査資料.zip",
                "返信.eml",
            ])
        #expect(visitor.sinks["返信.eml!/調査資料.zip!/調査資料/SPNT.log"]?.bytes == log)
        #expect(visitor.sinks["返信.eml"]?.bytes == mail)
        #expect(visitor.sinks["返信.eml"]?.complete == true)
        let attachment = try #require(visitor.entry("返信.eml!/調査資料.zip"))
        #expect(attachment.sha256 == (try ZipIntakeTests.referenceSHA256(zip, in: folder)))
        #expect(attachment.bytes == Int64(zip.count))
        #expect(attachment.archiveFormat?.hasPrefix("ZIP") == true)
        #expect(result.inputs.first?.sha256 == (try ZipIntakeTests.referenceSHA256(mail, in: folder)))
        #expect(result.problems.isEmpty)
    }

    @Test("a forwarded message/rfc822 is a mail in turn: its attachment is walked")
    func forwarded() throws {
        let (zip, _) = try Self.material()
        let inner = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip)])
        let (visitor, result) = try walk([("転送.eml", ReplyMailWriter.forwarding(inner))])
        let paths = Set(visitor.closed.map(\.path.description))
        #expect(paths.contains("転送.eml!/attachment-2.eml"))
        #expect(paths.contains("転送.eml!/attachment-2.eml!/調査資料.zip!/調査資料/SPNT.log"))
        #expect(visitor.sinks["転送.eml!/attachment-2.eml"]?.bytes == inner)
        #expect(result.problems.isEmpty)
    }

    @Test("a zip of mails: each mail's attachment is walked inside the zip")
    func zipOfMails() throws {
        let (zip, _) = try Self.material()
        var mails = ZipWriter()
        try mails.addFile(
            name: .cp932("メール/返信.eml"),
            contents: ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip, nameForm: .rawCP932)]))
        let (visitor, _) = try walk([("mails.zip", try mails.finish())])
        #expect(visitor.entry("mails.zip!/メール/返信.eml!/調査資料.zip!/調査資料/SPNT.log") != nil)
    }

    @Test("winmail.dat attached to a mail: its attachments are entries")
    func winmail() throws {
        let (zip, _) = try Self.material()
        let dat = TnefWriter.winmail([("調査資料.zip", zip)])
        let mail = ReplyMailWriter.reply(attachments: [
            .init(name: "winmail.dat", contentType: "application/ms-tnef", bytes: dat)
        ])
        let (visitor, _) = try walk([("返信.eml", mail)])
        #expect(visitor.entry("返信.eml!/winmail.dat!/調査資料.zip!/調査資料/SPNT.log") != nil)
        #expect(visitor.entry("返信.eml!/winmail.dat!/調査資料.zip")?.bytes == Int64(zip.count))
    }

    @Test("attachments count against the entry limit; the mail is still read whole")
    func entryLimit() throws {
        var limits = IntakeLimits.standard
        limits.entries = 2
        let mail = ReplyMailWriter.reply(
            attachments: (1...5).map { .init(name: "file\($0).log", contentType: "text/plain", bytes: [0x41]) })
        let path = try folder.write("返信.eml", mail)
        let visitor = RecordingVisitor()
        let result = IntakeWalker(limits: limits).walk([path], visitor: visitor)
        #expect(visitor.closed.map(\.path.description) == ["返信.eml!/file1.log", "返信.eml!/file2.log", "返信.eml"])
        #expect(result.problems.map(\.code) == [.tooManyEntries])
        #expect(visitor.sinks["返信.eml"]?.bytes == mail)
    }

    @Test(
        "a mail cut inside its attached zip: the mail lacks its closing boundary (a warning), the zip is damaged when read"
    )
    func cutMail() throws {
        let (zip, _) = try Self.material()
        let whole = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip)])
        let cut = Array(whole.prefix(whole.count / 2))
        let (visitor, result) = try walk([("返信.eml", cut)])
        let mail = try #require(visitor.entry("返信.eml"))
        #expect(mail.problems.contains { $0.code == .archiveWarning && $0.detail.contains("no closing MIME boundary") })
        #expect(!mail.problems.contains { $0.code == .entryDamaged }, "\(mail.problems)")
        #expect(
            result.problems.contains {
                $0.path.description.hasPrefix("返信.eml!/調査資料.zip") && $0.code == .entryDamaged
            }, "\(result.problems)")
        #expect(visitor.sinks["返信.eml"]?.bytes == cut)
        #expect(!result.problems.contains { $0.makesInputUnreadable && $0.path.description == "返信.eml" })
    }

    @Test("a mail cut inside its attachment (the zip holding it ends early): the attachment is damaged, not whole")
    func mailCutInsideAttachment() throws {
        let log = Array(String(repeating: "2026/11/20 10:05:30 SMTP 送信に失敗しました\r\n", count: 2000).utf8)
        let mail = ReplyMailWriter.reply(attachments: [.init(name: "SPNT.log", contentType: "text/plain", bytes: log)])
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("返信.eml"), contents: mail, method: .stored)
        let whole = try zip.finish()
        let (visitor, result) = try walk([("case.zip", Array(whole.prefix(whole.count * 6 / 10)))])
        let attachment = try #require(visitor.entry("case.zip!/返信.eml!/SPNT.log"))
        #expect(
            attachment.problems.contains { $0.code == .entryDamaged && $0.detail.contains("the mail was cut") },
            "\(attachment.problems)")
        #expect(visitor.sinks["case.zip!/返信.eml!/SPNT.log"]?.complete == false)
        #expect(result.problems.contains { $0.path.description == "case.zip!/返信.eml" && $0.makesInputUnreadable })
    }

    @Test("attachments whose names repeat, or repeat a numbered name, stay apart: no two entries share a path")
    func repeatedNames() throws {
        let names = ["a.pdf", "a.pdf (2)", "a.pdf", "a.pdf", "a.pdf (2)"]
        let mail = ReplyMailWriter.reply(
            attachments: names.map { .init(name: $0, contentType: "application/pdf", bytes: Array($0.utf8)) })
        let (visitor, _) = try walk([("返信.eml", mail)])
        let paths = visitor.closed.map(\.path.description).filter { $0 != "返信.eml" }
        #expect(
            paths == ["a.pdf", "a.pdf (2)", "a.pdf (3)", "a.pdf (4)", "a.pdf (2) (2)"].map { "返信.eml!/" + $0 })
        #expect(visitor.sinks["返信.eml!/a.pdf (3)"]?.bytes == Array("a.pdf".utf8))
    }

    @Test("a bounce mail without its closing boundary: the returned message is read whole, nothing is damaged")
    func bounceWithoutClosingBoundary() throws {
        let returned = Array("From: a@example.com\r\nSubject: Cats\r\n\r\nNyaa\r\n".utf8)
        var mail = ReplyMailWriter.reply(attachments: [.init(name: "", contentType: "message/rfc822", bytes: returned)])
        mail.removeLast(Array("--=_caseintake_mixed_1--\r\n".utf8).count)
        let (visitor, result) = try walk([("bounce.eml", mail)])
        let message = try #require(visitor.closed.first { $0.path.description.hasPrefix("bounce.eml!/") })
        #expect(message.sha256 != nil)
        #expect(!result.problems.contains { $0.code == .entryDamaged }, "\(result.problems)")
    }

    @Test("the password mail opens the encrypted attachment, whatever the order; the note names the mail")
    func passwordMail() throws {
        let (zip, log) = try Self.material(password: ExampleCases.password)
        let reply = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip)])
        let password = ReplyMailWriter.passwordMail("先ほどの資料のパスワードは下記の通りです。\n\n「spnt-2026」\n")
        let wrong = ReplyMailWriter.passwordMail("PW: not-this-one\n")
        let (visitor, result) = try walk([("返信.eml", reply), ("古い.eml", wrong), ("パスワード.eml", password)])
        #expect(visitor.sinks["返信.eml!/調査資料.zip!/調査資料/SPNT.log"]?.bytes == log)
        #expect(visitor.entry("返信.eml!/調査資料.zip!/調査資料/ログ.zip!/イベントログ/System.txt") != nil)
        #expect(result.problems.map(\.code) == [.passwordFromMail])
        #expect(result.problems.first?.path.description == "返信.eml!/調査資料.zip")
        #expect(result.problems.first?.detail == "パスワード.eml")
        #expect(!result.problems.contains { $0.detail.contains(ExampleCases.password) })
        #expect(visitor.entry("返信.eml!/調査資料.zip")?.problems.map(\.code) == [.passwordFromMail])
    }

    @Test("a password mail sent as HTML alone opens the attachment too")
    func htmlPasswordMail() throws {
        let (zip, log) = try Self.material(password: ExampleCases.password)
        let reply = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip)])
        let password = ReplyMailWriter.htmlPasswordMail(
            "<p>先ほどの資料のパスワードは下記の通りです。</p><p>パスワード：<b>spnt-2026</b></p>")
        let (visitor, result) = try walk([("返信.eml", reply), ("パスワード.eml", password)])
        #expect(visitor.sinks["返信.eml!/調査資料.zip!/調査資料/SPNT.log"]?.bytes == log)
        #expect(result.problems.map(\.code) == [.passwordFromMail])
    }

    @Test("a password given on the command line comes first and is not attributed to a mail")
    func givenPassword() throws {
        let (zip, _) = try Self.material(password: ExampleCases.password)
        let reply = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip)])
        let password = ReplyMailWriter.passwordMail("パスワード：spnt-2026")
        let (_, result) = try walk([("返信.eml", reply), ("パスワード.eml", password)], passwords: ["spnt-2026"])
        #expect(result.problems.isEmpty)
    }

    @Test("no candidate opens it: the archive is still unreadable (exit 2)")
    func noCandidateWorks() throws {
        let (zip, _) = try Self.material(password: ExampleCases.password)
        let reply = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: zip)])
        let (_, result) = try walk([("返信.eml", reply), ("パスワード.eml", ReplyMailWriter.passwordMail("PW: wrong-1"))])
        #expect(result.problems.contains { $0.code == .wrongPassword })
        #expect(result.problems.contains { $0.makesInputUnreadable })
    }
}

/// Outlook `.msg`: the attachments are read from a bounded copy of the compound file.
@Suite struct OutlookMessageIntakeTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    @Test("a .msg with a zip (regular sectors) and a log (mini stream) attached: both are entries, bytes intact")
    func attachments() throws {
        let (zip, log) = try MailIntakeTests.material()
        let note = Array("short note\r\n".utf8)
        let msg = OutlookMessageWriter.message(
            subject: "Re: 調査資料", body: "資料を添付します。", attachments: [("調査資料.zip", zip), ("メモ.txt", note)])
        let path = try folder.write("返信.msg", msg)
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([path], visitor: visitor)
        #expect(visitor.sinks["返信.msg!/調査資料.zip!/調査資料/SPNT.log"]?.bytes == log)
        #expect(visitor.sinks["返信.msg!/メモ.txt"]?.bytes == note)
        #expect(visitor.entry("返信.msg!/調査資料.zip")?.sha256 == (try ZipIntakeTests.referenceSHA256(zip, in: folder)))
        #expect(visitor.sinks["返信.msg"]?.bytes == msg)
        #expect(result.problems.isEmpty)
    }
}

extension OutlookMessageIntakeTests {
    @Test(
        "a notification forwarded as an Outlook item is an entry of its own, noted as a copy, and its attachments are walked"
    )
    func attachedItem() throws {
        let (zip, log) = try MailIntakeTests.material()
        let item = OutlookMessageWriter.Item(
            name: "ウイルス検出通知", subject: "ウイルス検出通知", body: "通知本文", attachments: [("調査資料.zip", zip)])
        let msg = OutlookMessageWriter.message(subject: "Fw: 通知", body: "添付します。", attachments: [], items: [item])
        let path = try folder.write("転送.msg", msg)
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([path], visitor: visitor)
        let entry = try #require(visitor.entry("転送.msg!/ウイルス検出通知.msg"))
        #expect(entry.problems.map(\.code) == [.rebuiltCopy])
        #expect(visitor.sinks["転送.msg!/ウイルス検出通知.msg!/調査資料.zip!/調査資料/SPNT.log"]?.bytes == log)
        // The note is the only thing said, and only of the item: its attachments are bytes the item holds.
        #expect(result.problems.map(\.code) == [.rebuiltCopy])
        #expect(visitor.entry("転送.msg!/ウイルス検出通知.msg!/調査資料.zip")?.problems.isEmpty == true)
    }
}

/// The real mails of the shared corpus walked as a folder: every file is closed, and the one
/// sample with a named attachment gives it up as an entry.
@Suite(.enabled(if: MailSamples.available, "../shared/samples/mail is absent: sample walk skipped"))
struct MailSampleIntakeTests {
    @Test("the sample mail folder walks whole; attachments become entries, the mails stay files")
    func sampleFolder() throws {
        let visitor = RecordingVisitor(cap: 0)
        let result = IntakeWalker().walk([MailSamples.folder.path], visitor: visitor)
        let paths = visitor.closed.map(\.path.description)
        let files = try FileManager.default.subpathsOfDirectory(atPath: MailSamples.folder.path).filter {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(
                atPath: MailSamples.folder.appendingPathComponent($0).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }
        for file in files { #expect(paths.contains("mail/" + file), "\(file) not closed") }
        #expect(paths.contains("mail/mikel-mail/japanese_attachment_long_name.eml!/かきくけこかきくけこかきくけこかきくけこかきくけこ.txt"))
        #expect(!result.problems.contains { $0.makesInputUnreadable })
    }
}

enum MailSamples {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/mail")
    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }
}
