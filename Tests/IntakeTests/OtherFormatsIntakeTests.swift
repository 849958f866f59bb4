import CaseFixtures
import Crypto
import Foundation
import Testing

@testable import Intake

/// 7z comes from the project's own writer; lzh, cab, WinZip AES and encrypted 7z from the
/// reference tools (7z, lha, gcab), and a test whose tool is missing is skipped with its name.
@Suite struct OtherFormatsIntakeTests {
    let folder: ScratchFolder
    static let entries: [ExternalArchiver.Entry] = [
        (name: "イベントログ/システム.evtx", contents: Array("ElfFile\u{0}system".utf8)),
        (name: "SPNT.log", contents: Array("2026/11/20 10:05:00 SMTP connect\n".utf8)),
    ]

    static let asciiEntries: [ExternalArchiver.Entry] = entries.map { entry in
        (name: entry.name.hasSuffix(".evtx") ? "logs/system.evtx" : entry.name, contents: entry.contents)
    }

    static func sevenZip(_ method: SevenZipWriter.Method = .deflate) -> [UInt8] {
        var writer = SevenZipWriter()
        for entry in entries { writer.addFile(name: entry.name, contents: entry.contents, method: method) }
        return writer.finish()
    }

    init() throws { folder = try ScratchFolder() }

    /// The archive a reference tool builds, or the test ends as skipped with the tool's name.
    func archive(_ make: () throws -> [UInt8]) throws -> [UInt8] {
        do {
            return try make()
        } catch let missing as ExternalArchiver.Unavailable {
            // The console does not show a cancelled test's comment, so say it on stderr too.
            FileHandle.standardError.write(Data("OtherFormatsIntakeTests: skipped: \(missing)\n".utf8))
            try Test.cancel(Comment(rawValue: "\(missing)"))
        }
    }

    func walk(_ bytes: [UInt8], name: String, passwords: [String] = []) throws -> (
        RecordingVisitor, IntakeResult, String
    ) {
        let path = try folder.write(name, bytes)
        let visitor = RecordingVisitor()
        return (visitor, IntakeWalker(passwords: passwords).walk([path], visitor: visitor), path)
    }

    @Test(
        "7z (read from disk, since libarchive seeks in it, stored or Deflate), lzh and cab list and stream their entries",
        arguments: ["case.7z", "copy.7z", "case.lzh", "case.cab"])
    func formats(name: String) throws {
        let bytes: [UInt8] =
            switch name {
            case "case.7z": Self.sevenZip()
            case "copy.7z": Self.sevenZip(.copy)
            // jlha, Debian's lha, writes non-ASCII names as "?" whatever the locale: ASCII names here.
            case "case.lzh": try archive { try ExternalArchiver.lzh(Self.asciiEntries) }
            default: try archive { try ExternalArchiver.cab(Self.entries) }
            }
        let (visitor, result, _) = try walk(bytes, name: name)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(visitor.text("\(name)!/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
        let evtx = visitor.closed.first { $0.path.fileName.hasSuffix(".evtx") }
        #expect(evtx?.bytes == 14)
        #expect(result.inputs.first?.sha256?.count == 64)
    }

    @Test("a 7z entry over 64 MiB is read whole: the ratio guard counts the bytes read, not where libarchive seeked")
    func largeSevenZipEntry() throws {
        let line = Array("2026/11/20 10:05:30 SMTP session to 192.0.2.25 closed\r\n".utf8)
        let contents = Array([[UInt8]](repeating: line, count: (65 << 20) / line.count).joined())
        var writer = SevenZipWriter()
        writer.addFile(name: "capture/big.log", contents: contents, method: .copy)
        let archive = writer.finish()
        let (visitor, result, _) = try walk(archive, name: "large.7z")
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(visitor.entry("large.7z!/capture/big.log")?.bytes == Int64(contents.count))
        // So large a 7z is hashed from the file beside the walk (`FileDigest`).
        #expect(result.inputs.map(\.sha256) == [HashingDispatcher.hex(SHA256.hash(data: archive))])
        #expect(result.inputs.map(\.bytes) == [Int64(archive.count)])
    }

    @Test("a 7z keeps its Japanese names (UTF-16 in the header)")
    func sevenZipNames() throws {
        let (visitor, _, _) = try walk(Self.sevenZip(), name: "names.7z")
        #expect(visitor.text("names.7z!/イベントログ/システム.evtx") == "ElfFile\u{0}system")
    }

    @Test("a 7z inside a zip is spooled to an unlinked temporary file and read")
    func nestedSevenZip() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .cp932("ログ/evtx.7z"), contents: Self.sevenZip(), method: .stored)
        let (visitor, result, _) = try walk(try zip.finish(), name: "case.zip")
        #expect(result.problems.isEmpty)
        #expect(visitor.text("case.zip!/ログ/evtx.7z!/SPNT.log") != nil)
        #expect(visitor.entry("case.zip!/ログ/evtx.7z")?.sha256 != nil)
    }

    @Test("the spool limit is the case's: a 7z inside a 7z is not copied when both copies together pass it")
    func spoolLimitAcrossNesting() throws {
        let inner = Self.sevenZip(.copy)
        var middle = SevenZipWriter()
        middle.addFile(name: "inner.7z", contents: inner, method: .copy)
        let middleBytes = middle.finish()
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("middle.7z"), contents: middleBytes, method: .stored)
        let path = try folder.write("spool.zip", try zip.finish())
        for (limit, innerRead) in [
            (middleBytes.count + inner.count, true), (middleBytes.count + inner.count / 2, false),
        ] {
            var limits = IntakeLimits.standard
            limits.spoolBytes = Int64(limit)
            let visitor = RecordingVisitor()
            let result = IntakeWalker(limits: limits).walk([path], visitor: visitor)
            #expect((visitor.text("spool.zip!/middle.7z!/inner.7z!/SPNT.log") != nil) == innerRead)
            #expect(result.problems.contains { $0.code == .spoolTooLarge } != innerRead, "\(result.problems)")
        }
    }

    @Test("a WinZip AES zip opens with the password and refuses a wrong one")
    func winZipAES() throws {
        let bytes = try archive { try ExternalArchiver.winZipAES(Self.entries, password: "p@ss") }
        let (right, rightResult, _) = try walk(bytes, name: "aes.zip", passwords: ["p@ss"])
        #expect(right.text("aes.zip!/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
        #expect(rightResult.problems.isEmpty)
        let (_, wrongResult, _) = try walk(bytes, name: "aes2.zip", passwords: ["nope"])
        #expect(wrongResult.problems.contains { $0.code == .wrongPassword })
    }

    @Test("an encrypted 7z, which libarchive cannot decrypt, is one clear problem that makes the input unreadable")
    func encryptedSevenZip() throws {
        let bytes = try archive { try ExternalArchiver.sevenZip(Self.entries, password: "p@ss") }
        let (_, result, _) = try walk(bytes, name: "secret.7z", passwords: ["p@ss"])
        #expect(
            result.problems.contains { $0.code == .unsupportedEncryption && $0.makesInputUnreadable },
            "\(result.problems)")
    }
}

/// RAR 4 archives written by the project's own stored-entry writer (the `rar` tool is not free).
@Suite struct RarIntakeTests {
    @Test("a RAR 4 archive with a CP932 name lists and streams its entries")
    func rar() throws {
        let folder = try ScratchFolder()
        var rar = RarWriter()
        rar.addFile(name: CP932.encode("イベントログ\\システム.evtx")!, contents: Array("ElfFile\u{0}system".utf8))
        rar.addFile(name: Array("SPNT.log".utf8), contents: Array("2026/11/20 10:05:00 SMTP connect\n".utf8))
        let path = try folder.write("case.rar", rar.finish())
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([path], visitor: visitor)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(visitor.text("\(caseName(path))!/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
        #expect(
            visitor.closed.contains { $0.path.fileName.hasSuffix("システム.evtx") && $0.bytes == 14 },
            "\(visitor.closed.map(\.path.description))")
        #expect(result.inputs.first?.archiveFormat?.hasPrefix("RAR") == true)
    }
}

extension RarIntakeTests {
    @Test(
        "an encrypted RAR entry, which libarchive cannot decrypt, is one clear problem that makes the input unreadable")
    func encryptedRar() throws {
        let folder = try ScratchFolder()
        var rar = RarWriter()
        rar.addFile(name: Array("secret.evtx".utf8), contents: Array("ElfFile".utf8), markedEncrypted: true)
        let path = try folder.write("secret.rar", rar.finish())
        let visitor = RecordingVisitor()
        let result = IntakeWalker(passwords: ["p@ss"]).walk([path], visitor: visitor)
        #expect(visitor.sinks.isEmpty, "the ciphertext must not be taken for the content")
        #expect(
            result.problems.contains { $0.code == .unsupportedEncryption && $0.makesInputUnreadable },
            "\(result.problems)")
    }
}
