import CaseFixtures
import Foundation
import Testing

@testable import Intake

/// Formats the project cannot write in Swift come from the reference tools (7z, lha, gcab);
/// a test is skipped with a message where its tool is missing.
@Suite struct OtherFormatsIntakeTests {
    let folder: ScratchFolder
    static let entries: [ExternalArchiver.Entry] = [
        (name: "イベントログ/システム.evtx", contents: Array("ElfFile\u{0}system".utf8)),
        (name: "SPNT.log", contents: Array("2026/11/20 10:05:00 SMTP connect\n".utf8)),
    ]

    static let asciiEntries: [ExternalArchiver.Entry] = entries.map { entry in
        (name: entry.name.hasSuffix(".evtx") ? "logs/system.evtx" : entry.name, contents: entry.contents)
    }

    init() throws { folder = try ScratchFolder() }

    func archive(_ make: () throws -> [UInt8]) throws -> [UInt8]? {
        do {
            return try make()
        } catch let missing as ExternalArchiver.Unavailable {
            FileHandle.standardError.write(Data("skipped: \(missing.tool) is not installed\n".utf8))
            return nil
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
        "7z (read from disk, since libarchive seeks in it), lzh and cab list and stream their entries",
        arguments: ["case.7z", "case.lzh", "case.cab"])
    func formats(name: String) throws {
        let make: () throws -> [UInt8] =
            switch name {
            case "case.7z": { try ExternalArchiver.sevenZip(Self.entries) }
            // jlha, Debian's lha, writes non-ASCII names as "?" whatever the locale: ASCII names here.
            case "case.lzh": { try ExternalArchiver.lzh(Self.asciiEntries) }
            default: { try ExternalArchiver.cab(Self.entries) }
            }
        guard let bytes = try archive(make) else { return }
        let (visitor, result, path) = try walk(bytes, name: name)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(visitor.text("\(path)!/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
        let evtx = visitor.closed.first { $0.path.fileName.hasSuffix(".evtx") }
        #expect(evtx?.bytes == 14)
        #expect(result.inputs.first?.sha256?.count == 64)
    }

    @Test("a 7z inside a zip is spooled to an unlinked temporary file and read")
    func nestedSevenZip() throws {
        guard let inner = try archive({ try ExternalArchiver.sevenZip(Self.entries) }) else { return }
        var zip = ZipWriter()
        try zip.addFile(name: .cp932("ログ/evtx.7z"), contents: inner, method: .stored)
        let (visitor, result, path) = try walk(try zip.finish(), name: "case.zip")
        #expect(result.problems.isEmpty)
        #expect(visitor.text("\(path)!/ログ/evtx.7z!/SPNT.log") != nil)
        #expect(visitor.entry("\(path)!/ログ/evtx.7z")?.sha256 != nil)
    }

    @Test("a WinZip AES zip opens with the password and refuses a wrong one")
    func winZipAES() throws {
        guard let bytes = try archive({ try ExternalArchiver.winZipAES(Self.entries, password: "p@ss") }) else {
            return
        }
        let (right, rightResult, path) = try walk(bytes, name: "aes.zip", passwords: ["p@ss"])
        #expect(right.text("\(path)!/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
        #expect(rightResult.problems.isEmpty)
        let (_, wrongResult, _) = try walk(bytes, name: "aes2.zip", passwords: ["nope"])
        #expect(wrongResult.problems.contains { $0.code == .wrongPassword })
    }

    @Test("an encrypted 7z, which libarchive cannot decrypt, is one clear problem that makes the input unreadable")
    func encryptedSevenZip() throws {
        guard let bytes = try archive({ try ExternalArchiver.sevenZip(Self.entries, password: "p@ss") }) else { return }
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
        #expect(visitor.text("\(path)!/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
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
