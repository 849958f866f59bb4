import CaseFixtures
import Foundation
import Testing

@testable import Intake

@Suite struct TarIntakeTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    func tarball() throws -> [UInt8] {
        var tar = TarWriter()
        try tar.addDirectory(name: "logs/")
        try tar.addFile(name: "logs/SPNT.log", contents: Array("2026/11/20 10:05:00 SMTP connect\n".utf8))
        try tar.addFile(name: "イベントログ/アプリケーション.evtx", contents: [1, 2, 3, 4])
        try tar.addSymlink(name: "logs/shadow", target: "/etc/shadow")
        try tar.addHardLink(name: "logs/copy.log", target: "logs/SPNT.log")
        try tar.addCharacterDevice(name: "dev/null", major: 1, minor: 3)
        try tar.addFIFO(name: "pipe")
        return try tar.finish()
    }

    @Test(
        "tar, tar.gz and a gzip'd tar renamed .dat are read the same way",
        arguments: ["case.tar", "case.tar.gz", "case.dat"])
    func tarFamilies(name: String) throws {
        let bytes = name == "case.tar" ? try tarball() : GzipWriter.compress(try tarball())
        let path = try folder.write(name, bytes)
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([path], visitor: visitor)
        #expect(visitor.text("\(caseName(path))!/logs/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
        #expect(visitor.sinks["\(caseName(path))!/イベントログ/アプリケーション.evtx"]?.bytes == [1, 2, 3, 4])
        let types = Dictionary(uniqueKeysWithValues: visitor.closed.map { ($0.path.fileName, $0.type) })
        #expect(types["shadow"] == .symlink)
        #expect(types["copy.log"] == .hardlink)
        #expect(types["null"] == .device)
        #expect(types["pipe"] == .fifo)
        #expect(visitor.entry("\(caseName(path))!/logs/shadow")?.linkTarget == "/etc/shadow")
        #expect(Set(result.problems.map(\.code)) == [.linkNotFollowed, .specialFile])
        #expect(result.inputs.first?.shape == .archive)
    }

    @Test("a single gzip'd file (System.evtx.gz) is one file named without .gz")
    func singleGzippedFile() throws {
        let path = try folder.write("System.evtx.gz", GzipWriter.compress(Array("ElfFile\u{0}rest".utf8)))
        let visitor = RecordingVisitor()
        _ = IntakeWalker().walk([path], visitor: visitor)
        #expect(visitor.text("\(caseName(path))!/System.evtx") == "ElfFile\u{0}rest")
    }

    @Test("a folder is walked in name order; its archives are opened; links are listed, not followed")
    func folderInput() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("inner.txt"), contents: Array("in zip".utf8))
        try folder.write("received/b.zip", try zip.finish())
        try folder.write("received/a/memo.txt", Array("memo".utf8))
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("received/link").path, withDestinationPath: "/etc/passwd")
        let input = folder.url.appendingPathComponent("received").path
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([input], visitor: visitor)
        #expect(visitor.text("\(caseName(input))/a/memo.txt") == "memo")
        #expect(visitor.text("\(caseName(input))/b.zip!/inner.txt") == "in zip")
        #expect(visitor.entry("\(caseName(input))/link")?.type == .symlink)
        #expect(result.inputs.first?.shape == .folder)
        #expect(result.problems.map(\.code) == [.linkNotFollowed])
    }

    @Test("in a folder every name counts against the entry limit, links and folders too; the walk ends there once")
    func folderEntryLimit() throws {
        for index in 0..<5 { try folder.write("received/sub\(index)/file.txt", Array("x".utf8)) }
        for index in 0..<20 {
            try FileManager.default.createSymbolicLink(
                atPath: folder.url.appendingPathComponent("received/link\(index)").path, withDestinationPath: "/etc")
        }
        var limits = IntakeLimits.standard
        limits.entries = 6
        let input = folder.url.appendingPathComponent("received").path
        let visitor = RecordingVisitor()
        let result = IntakeWalker(limits: limits).walk([input], visitor: visitor)
        #expect(visitor.closed.count <= 6)
        #expect(result.problems.filter { $0.code == .tooManyEntries }.count == 1, "\(result.problems)")
    }

    @Test("a folder input given as a link to a folder is followed (the user named it)")
    func linkedFolderInput() throws {
        try folder.write("received/memo.txt", Array("memo".utf8))
        let link = folder.url.appendingPathComponent("case-link").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: folder.url.appendingPathComponent("received").path)
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([link], visitor: visitor)
        #expect(visitor.text("\(caseName(link))/memo.txt") == "memo")
        #expect(result.problems.isEmpty)
    }

    @Test("several inputs are one case; a missing one is a problem that makes the input unreadable")
    func severalInputs() throws {
        let first = try folder.write("mail1.tar", try tarball())
        let missing = folder.url.appendingPathComponent("mail2.zip").path
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([first, missing], visitor: visitor)
        #expect(result.inputs.map(\.shape) == [.archive, .missing])
        #expect(result.problems.contains { $0.code == .inputNotFound && $0.makesInputUnreadable })
        #expect(visitor.text("\(caseName(first))!/logs/SPNT.log") != nil)
    }
}

extension TarIntakeTests {
    @Test("a folder file whose name is CP932 bytes (unzipped on Linux from an Explorer zip) is read and shown decoded")
    func cp932FolderName() throws {
        let folder = try ScratchFolder()
        try folder.write("received/ok.txt", Array("ok".utf8))
        let name = CP932.encode("システム.txt")!
        var path = Array(folder.url.appendingPathComponent("received/").path.utf8) + [0x2F] + name
        path.append(0)
        let fd = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                open($0, O_CREAT | O_WRONLY, 0o644)
            }
        }
        #expect(fd >= 0)
        _ = write(fd, "log", 3)
        close(fd)
        let input = folder.url.appendingPathComponent("received").path
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([input], visitor: visitor)
        #expect(visitor.text("\(caseName(input))/システム.txt") == "log")
        #expect(visitor.text("\(caseName(input))/ok.txt") == "ok")
        #expect(result.problems.isEmpty)
    }
}
