import CaseFixtures
import Foundation
import Testing

@testable import Intake

@Suite struct ZipIntakeTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    func walk(_ bytes: [UInt8], name: String = "case.zip", passwords: [String] = [], limits: IntakeLimits = .standard)
        throws -> (RecordingVisitor, IntakeResult, String)
    {
        let path = try folder.write(name, bytes)
        let visitor = RecordingVisitor()
        let result = IntakeWalker(limits: limits, passwords: passwords).walk([path], visitor: visitor)
        return (visitor, result, path)
    }

    @Test(
        "stored and deflated entries stream their exact bytes, with size and sha256",
        arguments: [
            ZipWriter.Method.stored, .deflate,
        ])
    func storedAndDeflated(method: ZipWriter.Method) throws {
        let text = Array(String(repeating: "SMTP notification line\n", count: 500).utf8)
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("logs/notes.txt"), contents: text, method: method)
        let (visitor, result, path) = try walk(try zip.finish())
        let entryPath = "\(caseName(path))!/logs/notes.txt"
        #expect(visitor.sinks[entryPath]?.bytes == text)
        #expect(visitor.sinks[entryPath]?.complete == true)
        let entry = try #require(visitor.entry(entryPath))
        #expect(entry.bytes == Int64(text.count))
        #expect(entry.sha256 == (try Self.referenceSHA256(text, in: folder)))
        #expect(result.inputs.first?.shape == .archive)
        #expect(result.problems.isEmpty)
    }

    /// SHA-256 by coreutils' sha256sum, independent of the code under test.
    static func referenceSHA256(_ bytes: [UInt8], in folder: ScratchFolder) throws -> String {
        let path = try folder.write("reference-\(UUID().uuidString).bin", bytes)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }

    @Test("names from Japanese Windows (CP932, no UTF-8 flag) and UTF-8-flagged names both decode")
    func japaneseNames() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .cp932("イベントログ/システム.evtx"), contents: [1, 2, 3])
        try zip.addFile(name: .utf8("パケット/通知.pcapng"), contents: [4, 5, 6])
        let (visitor, _, path) = try walk(try zip.finish(), name: "調査資料.zip")
        let names = visitor.closed.map(\.path.description)
        #expect(names.contains("\(caseName(path))!/イベントログ/システム.evtx"))
        #expect(names.contains("\(caseName(path))!/パケット/通知.pcapng"))
    }

    @Test("a name over 1 KiB is cut at a whole character, with a warning: names never grow without bound")
    func overlongName() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("logs/" + String(repeating: "ログ", count: 300) + ".txt"), contents: [1])
        let (visitor, result, _) = try walk(try zip.finish())
        let name = try #require(visitor.closed.first?.path.fileName)
        #expect(name.utf8.count <= ArchiveEntryInfo.maxNameBytes)
        #expect(name.count > 300 && name.allSatisfy { $0 == "ロ" || $0 == "グ" })
        #expect(result.problems.map(\.code) == [.archiveWarning])
        #expect(result.problems.first?.detail.contains("over 1024 bytes") == true)
    }

    @Test("a name in neither UTF-8 nor CP932 stays readable, escaped, with a finding")
    func undecodableName() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .raw([0x41, 0xFF, 0xFE, 0x42, 0x2E, 0x74, 0x78, 0x74]), contents: [1])
        let (visitor, result, path) = try walk(try zip.finish())
        #expect(visitor.closed.map(\.path.description) == ["\(caseName(path))!/A\\xFF\\xFEB.txt"])
        #expect(result.problems.map(\.code) == [.undecodableName])
    }

    @Test("an encrypted entry opens with the right password")
    func rightPassword() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("secret.txt"), contents: Array("confidential".utf8), password: "p@ss")
        let (visitor, result, path) = try walk(try zip.finish(), passwords: ["p@ss"])
        #expect(visitor.text("\(caseName(path))!/secret.txt") == "confidential")
        #expect(result.problems.isEmpty)
    }

    @Test(
        "without a password, or with a wrong one, the encrypted entry is a problem that makes the input unreadable; plain entries are still read",
        arguments: [[], ["wrong"]])
    func missingOrWrongPassword(passwords: [String]) throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("plain.txt"), contents: Array("open".utf8))
        try zip.addFile(name: .utf8("secret.txt"), contents: Array("confidential".utf8), password: "p@ss")
        let (visitor, result, path) = try walk(try zip.finish(), passwords: passwords)
        #expect(visitor.text("\(caseName(path))!/plain.txt") == "open")
        let expected: IntakeProblem.Code = passwords.isEmpty ? .encryptedNoPassword : .wrongPassword
        #expect(result.problems.map(\.code) == [expected])
        #expect(result.problems.allSatisfy { $0.makesInputUnreadable })
        #expect(visitor.entry("\(caseName(path))!/secret.txt")?.sha256 == nil)
    }

    @Test("a zip inside the zip is opened and its entries carry both layers in their path")
    func nestedZip() throws {
        var inner = ZipWriter()
        try inner.addFile(name: .cp932("システム.evtx"), contents: Array("inner".utf8))
        var outer = ZipWriter()
        try outer.addFile(name: .utf8("logs/evtx.zip"), contents: try inner.finish(), method: .stored)
        let (visitor, _, path) = try walk(try outer.finish())
        #expect(visitor.text("\(caseName(path))!/logs/evtx.zip!/システム.evtx") == "inner")
        let archive = try #require(visitor.entry("\(caseName(path))!/logs/evtx.zip"))
        #expect(archive.archiveFormat != nil)
        #expect(archive.sha256 != nil)
    }

    @Test("nesting is opened up to the depth limit and reported beyond it")
    func depthLimit() throws {
        var bytes = Array("deep".utf8)
        var name = "leaf.txt"
        for level in 1...4 {
            var zip = ZipWriter()
            try zip.addFile(name: .utf8(name), contents: bytes, method: .stored)
            bytes = try zip.finish()
            name = "level\(level).zip"
        }
        var limits = IntakeLimits.standard
        limits.nestingDepth = 2
        let (visitor, result, _) = try walk(bytes, limits: limits)
        #expect(visitor.closed.contains { $0.path.description.hasSuffix("level2.zip!/level1.zip") })
        #expect(!visitor.closed.contains { $0.path.fileName == "leaf.txt" })
        #expect(result.problems.map(\.code) == [.nestedTooDeep])
        limits.nestingDepth = 3
        let (deeper, deeperResult, _) = try walk(bytes, limits: limits)
        #expect(deeper.closed.contains { $0.path.fileName == "leaf.txt" })
        #expect(deeperResult.problems.isEmpty)
    }

    @Test("a truncated zip keeps the entries before the cut and reports the damage")
    func truncated() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("first.txt"), contents: Array(repeating: 0x41, count: 5000), method: .stored)
        try zip.addFile(name: .utf8("second.txt"), contents: Array(repeating: 0x42, count: 5000), method: .stored)
        let whole = try zip.finish()
        let (visitor, result, path) = try walk(Array(whole.prefix(7000)))
        #expect(visitor.sinks["\(caseName(path))!/first.txt"]?.total == 5000)
        #expect(!result.problems.isEmpty)
        #expect(result.problems.contains { $0.makesInputUnreadable || $0.code == .entryDamaged })
    }

    @Test("a zip bomb (1 GiB of zeros in about a megabyte) is stopped by the ratio guard, in bounded memory")
    func zipBomb() throws {
        let path = folder.url.appendingPathComponent("bomb.zip").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var zip = ZipWriter(to: handle)
        try zip.addFile(name: .utf8("zeros.bin"), producer: ZipWriter.repeating(0, count: 1 << 30))
        _ = try zip.finish()
        try handle.close()
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size < 4 << 20)
        let visitor = RecordingVisitor(cap: 0)
        let result = IntakeWalker().walk([path], visitor: visitor)
        #expect(result.problems.map(\.code) == [.compressionRatio])
        let read = try #require(visitor.sinks["\(caseName(path))!/zeros.bin"]?.total)
        #expect(read < 1 << 30)
    }

    @Test("the per-entry byte limit cuts one entry and lets the next be read")
    func entryLimit() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("big.bin"), contents: Array(repeating: 7, count: 300_000), method: .stored)
        try zip.addFile(name: .utf8("small.txt"), contents: Array("ok".utf8))
        var limits = IntakeLimits.standard
        limits.entryBytes = 100_000
        let (visitor, result, path) = try walk(try zip.finish(), limits: limits)
        #expect(visitor.sinks["\(caseName(path))!/big.bin"]?.total == 100_000)
        #expect(visitor.text("\(caseName(path))!/small.txt") == "ok")
        #expect(result.problems.map(\.code) == [.entryTooLarge])
    }

    @Test("hostile names are only names: ../ and absolute paths are reported and nothing is written")
    func hostileNames() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .raw(Array("../../evil.txt".utf8)), contents: Array("x".utf8))
        try zip.addFile(name: .raw(Array("/etc/cron.d/evil".utf8)), contents: Array("x".utf8))
        let (visitor, result, path) = try walk(try zip.finish())
        #expect(Set(result.problems.map(\.code)) == [.parentReference, .absoluteName])
        #expect(visitor.text("\(caseName(path))!/../../evil.txt") == "x")
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.url.deletingLastPathComponent().appendingPathComponent("evil.txt").path))
    }

    @Test(
        "a zip symlink read as a stream (its Unix mode lives only in the central directory) is a small file holding the target; it is never followed"
    )
    func zipSymlinkStreamed() throws {
        var zip = ZipWriter()
        try zip.addSymlink(name: .utf8("passwd"), target: "/etc/passwd")
        let (visitor, _, path) = try walk(try zip.finish())
        #expect(visitor.text("\(caseName(path))!/passwd") == "/etc/passwd")
    }

    @Test("the entry-count limit stops listing with one problem")
    func entryCountLimit() throws {
        var zip = ZipWriter()
        for index in 0..<50 { try zip.addFile(name: .utf8("f\(index).txt"), contents: [UInt8(index)], method: .stored) }
        var limits = IntakeLimits.standard
        limits.entries = 10
        let (visitor, result, _) = try walk(try zip.finish(), limits: limits)
        #expect(visitor.closed.count == 10)
        #expect(result.problems.map(\.code) == [.tooManyEntries])
    }
}
