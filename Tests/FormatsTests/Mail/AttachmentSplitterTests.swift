import CaseFixtures
import Foundation
import Testing

@testable import Formats

/// The attachments of a mail as a streaming reader finds them: names in every form Japanese
/// mailers write, bytes identical to what was attached, whatever the block size.
@Suite struct AttachmentSplitterTests {
    /// An attachment as the reader handed it back.
    struct Found: Equatable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var problem: String?

        var description: String {
            let firstDifferent = bytes.indices.first {
                $0 >= AttachmentSplitterTests.binary.count || bytes[$0] != AttachmentSplitterTests.binary[$0]
            }
            return
                "\(name): \(bytes.count) bytes, first difference from the binary fixture at \(firstDifferent ?? -1), \(problem ?? "no problem")"
        }
    }

    /// Feeds `bytes` in blocks of `blockSize` and collects the attachments and container problems.
    static func split(_ reader: some AttachmentSplitting, _ bytes: [UInt8], blockSize: Int = 4096)
        -> (found: [Found], problems: [String])
    {
        var reader = reader
        var events: [AttachmentEvent] = []
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let end = min(raw.count, offset + blockSize)
                reader.push(UnsafeRawBufferPointer(rebasing: raw[offset..<end]), into: &events)
                offset = end
            }
        }
        reader.finish(into: &events)
        var found: [Found] = []
        var problems: [String] = []
        for event in events {
            switch event {
            case .begin(let name): found.append(Found(name: name, bytes: []))
            case .data(let data): found[found.count - 1].bytes += data
            case .end(let problem): found[found.count - 1].problem = problem
            case .problem(let text): problems.append(text)
            }
        }
        return (found, problems)
    }

    /// Bytes with every value, CR and LF alone and together, and a long run without a break.
    static let binary: [UInt8] =
        (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) } + [0x0D, 0x0A, 0x0D, 0x0A, 0x2D, 0x2D, 0x0A]
        + [UInt8](repeating: 0x41, count: 3000) + Array("\r\n--not-a-boundary\r\n=".utf8)

    @Test(
        "a CP932-named archive comes back with its name and its exact bytes, in every name form and encoding",
        arguments: ReplyMailWriter.NameForm.allCases, ReplyMailWriter.Encoding.allCases)
    func nameForms(form: ReplyMailWriter.NameForm, encoding: ReplyMailWriter.Encoding) {
        let mail = ReplyMailWriter.reply(attachments: [
            .init(name: "調査資料①.zip", bytes: Self.binary, nameForm: form, encoding: encoding)
        ])
        for blockSize in [1, 7, 77, 4096, 1 << 20] {
            let (found, problems) = Self.split(MimeAttachmentSplitter(), mail, blockSize: blockSize)
            #expect(found == [Found(name: "調査資料①.zip", bytes: Self.binary)], "block size \(blockSize)")
            #expect(problems.isEmpty)
        }
    }

    @Test("the text body stays in the mail; an unnamed part gets a stable made-up name; two attachments stay two")
    func severalParts() {
        let mail = ReplyMailWriter.reply(attachments: [
            .init(name: "", contentType: "image/png", bytes: [0x89, 0x50, 0x4E, 0x47], nameForm: .contentTypeName),
            .init(name: "SPNT.log", contentType: "text/plain", bytes: Array("line 1\r\nline 2\r\n".utf8)),
        ])
        let (found, _) = Self.split(MimeAttachmentSplitter(), mail)
        #expect(found.map(\.name) == ["attachment-2.png", "SPNT.log"])
        #expect(found.last?.bytes == Array("line 1\r\nline 2\r\n".utf8))
    }

    @Test("a forwarded message/rfc822 comes back whole, to be read as a mail in turn")
    func forwarded() {
        let inner = ReplyMailWriter.reply(attachments: [.init(name: "調査資料.zip", bytes: [1, 2, 3])])
        let (found, problems) = Self.split(MimeAttachmentSplitter(), ReplyMailWriter.forwarding(inner))
        #expect(found == [Found(name: "attachment-2.eml", bytes: inner)])
        #expect(problems.isEmpty)
        #expect(MailSignature.kind(decodedHead: String(decoding: found[0].bytes, as: UTF8.self)) == .message)
    }

    @Test("a plain text mail has no attachments", arguments: MailFixtureWriter.Variant.allCases)
    func plainMail(variant: MailFixtureWriter.Variant) {
        #expect(Self.split(MimeAttachmentSplitter(), MailFixtureWriter.notification(variant)).found.isEmpty)
    }

    @Test("winmail.dat (TNEF): each attachment with its CP932 title and exact bytes, in any block size")
    func tnef() {
        let dat = TnefWriter.winmail([("調査資料.zip", Self.binary), ("SPNT.log", Array("log\r\n".utf8))])
        #expect(dat.withUnsafeBytes { TnefAttachmentReader.matches(UnsafeRawBufferPointer(rebasing: $0.prefix(4))) })
        for blockSize in [1, 9, 4096] {
            let (found, problems) = Self.split(TnefAttachmentReader(), dat, blockSize: blockSize)
            #expect(
                found == [
                    Found(name: "調査資料.zip", bytes: Self.binary), Found(name: "SPNT.log", bytes: Array("log\r\n".utf8)),
                ])
            #expect(problems.isEmpty)
        }
    }

    @Test(".msg: the existing reader reads the written message; its attachments come back by storage")
    func outlookMessage() {
        let small = Array("note\r\n".utf8)
        let msg = OutlookMessageWriter.message(
            subject: "Re: 調査資料", body: "パスワード：spnt-2026", attachments: [("調査資料.zip", Self.binary), ("メモ.txt", small)])
        let summary = MailTestSupport.parse(OutlookMessageReader(), msg)
        #expect(summary.subject == "Re: 調査資料")
        #expect(summary.bodyText == "パスワード：spnt-2026")
        #expect(summary.damage.isEmpty)
        let (attachments, problems) = OutlookAttachments.read(msg)
        #expect(attachments == [.init(name: "調査資料.zip", bytes: Self.binary), .init(name: "メモ.txt", bytes: small)])
        #expect(problems.isEmpty)
        #expect(
            OutlookAttachments.read(Array(msg.prefix(1500))).attachments.allSatisfy {
                $0.bytes.count < Self.binary.count
            })
    }

    @Test(
        ".msg: a mail attached as an Outlook item comes out as a .msg of its own, envelope, time and attachments whole")
    func attachedItem() throws {
        let log = Array("2026/11/20 10:05:01 send failed\r\n".utf8)
        let item = OutlookMessageWriter.Item(
            name: "ウイルス検出通知", subject: "ウイルス検出通知", body: "ServerProtect が検出しました。",
            attachments: [("SPNT.log", log)], submitted: 134_080_000_000_000_000)
        let msg = OutlookMessageWriter.message(
            subject: "Fw: 通知メール", body: "受信した通知を添付します。", attachments: [("メモ.txt", Array("memo".utf8))],
            items: [item])
        let (attachments, problems) = OutlookAttachments.read(msg)
        #expect(problems.isEmpty)
        #expect(attachments.map(\.name) == ["メモ.txt", "ウイルス検出通知.msg"])
        let saved = try #require(attachments.last?.bytes)
        let summary = MailTestSupport.parse(OutlookMessageReader(), saved)
        #expect(summary.damage.isEmpty)
        #expect(summary.subject == "ウイルス検出通知")
        #expect(summary.bodyText == "ServerProtect が検出しました。")
        // The embedded properties header is 24 bytes; re-saved, the time is read at the right place.
        #expect(summary.date == "2025-11-19T04:26:40Z")
        #expect(OutlookAttachments.read(saved).attachments == [.init(name: "SPNT.log", bytes: log)])
    }

    /// Sets a 4-byte field of directory entry `id` [MS-CFB 2.6.1]; the writer lays the directory
    /// out in one run of sectors from the header's first directory sector.
    static func setEntry(_ id: Int, field: Int, to value: UInt32, in msg: inout [UInt8]) {
        let offset = 512 * (Int(CompoundFile.u32(msg, 0x30)) + 1) + id * 128 + field
        msg.replaceSubrange(offset..<(offset + 4), with: (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) })
    }

    /// A message with one attached Outlook item, read back, and the id of the item's storage.
    static func messageWithItem() throws -> (msg: [UInt8], file: CompoundFile, item: Int) {
        let item = OutlookMessageWriter.Item(name: "item", subject: "s", body: "b")
        let msg = OutlookMessageWriter.message(subject: "s", body: "b", attachments: [], items: [item])
        let file = try #require(CompoundFile(msg))
        return (msg, file, try #require(file.entries.firstIndex { $0.name == "__substg1.0_3701000D" }))
    }

    @Test(".msg: an attached item whose storage lists itself is told, not followed")
    func attachedItemLoop() throws {
        var (msg, _, id) = try Self.messageWithItem()
        Self.setEntry(id, field: 0x4C, to: UInt32(id), in: &msg)  // the item storage's child: itself
        let (attachments, problems) = OutlookAttachments.read(msg)
        #expect(attachments.isEmpty)
        #expect(problems.count == 1 && problems[0].contains("attached Outlook item whose storages are circular"))
    }

    @Test(".msg: an attached item that says it holds more than a .msg can is told before it is copied")
    func attachedItemTooLarge() throws {
        var (msg, file, storage) = try Self.messageWithItem()
        let body = try #require(file.childIDs(of: storage).first { file.entries[$0].name == "__substg1.0_1000001F" })
        Self.setEntry(body, field: 0x78, to: 0x7F00_0000, in: &msg)  // the stream's size
        let (attachments, problems) = OutlookAttachments.read(msg)
        #expect(attachments.isEmpty)
        #expect(problems == ["attachment 1 is an attached Outlook item over 6.8 MB: listed, not opened"])
    }

    @Test("a cut winmail.dat ends its attachment with a problem; a wrong checksum is told")
    func damagedTnef() {
        let dat = TnefWriter.winmail([("a.bin", Self.binary)])
        let cut = Self.split(TnefAttachmentReader(), Array(dat.dropLast(100)))
        #expect(cut.found.count == 1)
        #expect(cut.found.first?.problem?.contains("cut short") == true)
        var bad = dat
        bad[bad.count - 1] ^= 0xFF
        #expect(Self.split(TnefAttachmentReader(), bad).found.first?.problem?.contains("checksum") == true)
        #expect(Self.split(TnefAttachmentReader(), Array("not tnef".utf8)).problems.count == 1)
    }

    @Test("a boundary that never closes: the attachment runs to the end of the mail, and the mail is said to lack it")
    func unclosedBoundary() {
        var mail = ReplyMailWriter.reply(attachments: [.init(name: "a.zip", bytes: Self.binary)])
        mail.removeLast(Array("--=_caseintake_mixed_1--\r\n".utf8).count + 2)
        let (found, problems) = Self.split(MimeAttachmentSplitter(), mail)
        #expect(found.count == 1)
        #expect(found.first?.problem == nil)
        #expect(problems.contains { $0.contains("no closing MIME boundary") })
    }

    @Test("base64 garbage is skipped and told, never fatal")
    func base64Garbage() {
        let mail = Array(
            """
            From: a@example.com\r
            Subject: x\r
            Content-Type: application/octet-stream; name="x.bin"\r
            Content-Transfer-Encoding: base64\r
            \r
            QUJD!!\u{7F}REVG*\r
            """.utf8)
        let (found, _) = Self.split(MimeAttachmentSplitter(), mail)
        #expect(found.first?.bytes == Array("ABCDEF".utf8))
        #expect(found.first?.problem?.contains("4 bytes outside the base64 alphabet") == true)
    }

    @Test("10,000 parts are read in bounded time and each comes back; a header that never ends yields nothing")
    func hostileShapes() {
        var mail = Array("From: a@example.com\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n".utf8)
        for index in 0..<10_000 {
            mail += Array("--b\r\nContent-Type: application/octet-stream\r\n\r\n\(index)\r\n".utf8)
        }
        mail += Array("--b--\r\n".utf8)
        let (found, _) = Self.split(MimeAttachmentSplitter(), mail, blockSize: 65536)
        #expect(found.count == 10_000)
        #expect(found.last == Found(name: "attachment-10000.bin", bytes: Array("9999".utf8)))

        var header = Array("From: a@example.com\r\nSubject: x\r\nX-Long: ".utf8)
        header += [UInt8](repeating: 0x61, count: 4 << 20)
        let endless = Self.split(MimeAttachmentSplitter(), header + Array("\r\n".utf8) + header, blockSize: 1 << 20)
        #expect(endless.found.isEmpty)
    }

    @Test("damaged mails and winmail.dat: the same attachments whether read whole or in small blocks, never a crash")
    func mutations() {
        let mail = ReplyMailWriter.reply(attachments: [
            .init(name: "調査資料.zip", bytes: Array(0...255), nameForm: .rfc2231Continued, encoding: .quotedPrintable),
            .init(name: "ログ.zip", bytes: Array(0...255), nameForm: .rfc2047),
        ])
        let dat = TnefWriter.winmail([("a.zip", Array(0...255)), ("b.log", Array("log".utf8))])
        for seed in UInt64(1)...200 {
            let noise = MailHostileInputTests.garbage(24, seed: seed)
            for original in [mail, dat] {
                var damaged = original
                for pair in stride(from: 0, to: noise.count, by: 3) {
                    let position = (Int(noise[pair]) << 8 | Int(noise[pair + 1])) % damaged.count
                    damaged[position] = noise[pair + 2]
                }
                for reader in [MimeAttachmentSplitter() as any AttachmentSplitting, TnefAttachmentReader()] {
                    let whole = Self.split(reader, damaged, blockSize: 1 << 20)
                    let blocks = Self.split(reader, damaged, blockSize: 5)
                    #expect(whole.found == blocks.found, "seed \(seed)")
                    #expect(whole.problems == blocks.problems, "seed \(seed)")
                }
            }
        }
    }

    @Test("multiparts nested past the bound keep their parts inside, with a problem")
    func deepNesting() {
        var mail = Array("From: a@example.com\r\nSubject: x\r\n".utf8)
        for level in 0..<40 {
            mail += Array("Content-Type: multipart/mixed; boundary=b\(level)\r\n\r\n--b\(level)\r\n".utf8)
        }
        mail += Array("Content-Type: application/zip; name=x.zip\r\n\r\nzip\r\n".utf8)
        let (found, problems) = Self.split(MimeAttachmentSplitter(), mail)
        #expect(found.isEmpty)
        #expect(problems.count == 1)
    }
}
