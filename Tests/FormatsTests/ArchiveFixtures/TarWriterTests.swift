import CaseFixtures
import Foundation
import Testing

/// One member as python's tarfile module reads it.
struct PythonTarMember: Decodable, Equatable {
    var name: String
    var type: String
    var mode: Int
    var size: Int
    var mtime: Int
    var uid: Int
    var gid: Int
    var linkname: String
    var device: [Int]
    var data: String
}

@Suite(.enabled(if: ReferenceTools.hasPython, "python3 is not installed: no tarfile module to read our tars"))
struct TarWriterTests {
    static let longName = "ServerProtect/" + String(repeating: "very-long-folder/", count: 8) + "SpntSvc.log"

    static func sampleTar() throws -> [UInt8] {
        var tar = TarWriter()
        try tar.addDirectory(name: "logs/")
        try tar.addFile(name: "logs/notify.log", contents: DeflateSamples.logText(lines: 50))
        try tar.addFile(name: "イベントログ/システム.evtx", contents: [1, 2, 3])
        try tar.addFile(name: longName, contents: [])
        try tar.addSymlink(name: "logs/passwd", target: "/etc/passwd")
        try tar.addHardLink(name: "logs/again.log", target: "logs/notify.log")
        try tar.addCharacterDevice(name: "dev/null", major: 1, minor: 3)
        try tar.addFIFO(name: "logs/pipe")
        return try tar.finish()
    }

    static let program = """
        import hashlib, json, sys, tarfile
        out = []
        with tarfile.open(sys.argv[1], 'r:') as t:
            for m in t.getmembers():
                data = ''
                if m.isfile():
                    b = t.extractfile(m).read(); data = '%d %s' % (len(b), hashlib.sha256(b).hexdigest())
                out.append(dict(name=m.name, type=m.type.decode(), mode=m.mode, size=m.size, mtime=int(m.mtime),
                                uid=m.uid, gid=m.gid, linkname=m.linkname, device=[m.devmajor, m.devminor], data=data))
        print(json.dumps(out))
        """

    @Test("python's tarfile reads every entry type with fixed owner and time")
    func readsBack() throws {
        let scratch = try Scratch()
        let path = try scratch.write(try Self.sampleTar(), as: "case.tar")
        let members = try JSONDecoder().decode(
            [PythonTarMember].self, from: Data(try ReferenceTools.python(Self.program, [path]).utf8))
        #expect(
            members.map(\.name) == [
                "logs", "logs/notify.log", "イベントログ/システム.evtx", Self.longName, "logs/passwd", "logs/again.log",
                "dev/null", "logs/pipe",
            ])
        #expect(members.map(\.type) == ["5", "0", "0", "0", "2", "1", "3", "6"])
        #expect(members[1].data == (try sha256Line(DeflateSamples.logText(lines: 50)).trimmed))
        #expect(members[4].linkname == "/etc/passwd")
        #expect(members[5].linkname == "logs/notify.log")
        #expect(members[6].device == [1, 3])
        #expect(members.allSatisfy { $0.mtime == 1_795_136_700 && $0.uid == 0 && $0.gid == 0 })
    }

    @Test(
        "bsdtar lists the archive without complaint", .enabled(if: ReferenceTools.hasBsdtar, "bsdtar is not installed"))
    func bsdtarLists() throws {
        let scratch = try Scratch()
        let listing = try ReferenceTools.run("bsdtar", ["-tvf", scratch.write(try Self.sampleTar(), as: "case.tar")])
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(listing.stderr.isEmpty)
        #expect(listing.stdout.contains("logs/passwd -> /etc/passwd"))
        #expect(listing.stdout.contains("logs/again.log link to logs/notify.log"))
        #expect(listing.stdout.split(separator: "\n").count == 8)
    }

    @Test("the same entries give the same bytes, in whole 10 KiB records")
    func deterministic() throws {
        let first = try Self.sampleTar()
        #expect(try Self.sampleTar() == first)
        #expect(first.count % 10_240 == 0)
    }

    @Test("a producer that gives fewer bytes than declared is an error")
    func sizeMismatch() {
        var tar = TarWriter()
        #expect(throws: TarWriter.Failure.sizeMismatch(declared: 10, produced: 4)) {
            try tar.addFile(name: "short", size: 10) { chunk in
                chunk = [1, 2, 3, 4]
                return false
            }
        }
    }
}

@Suite(.enabled(if: ReferenceTools.hasPython, "python3 is not installed: no gzip module to check against"))
struct GzipWriterTests {
    @Test("python's gzip decompresses our gzip files", arguments: DeflateSamples.names)
    func decompresses(name: String) throws {
        let input = DeflateSamples.named(name)
        let scratch = try Scratch()
        let path = try scratch.write(GzipWriter.compress(input), as: "data.gz")
        let program =
            "import gzip,hashlib,sys; b=gzip.open(sys.argv[1]).read(); print(len(b), hashlib.sha256(b).hexdigest())"
        #expect(try ReferenceTools.python(program, [path]) == sha256Line(input))
    }

    @Test(
        "gzip -t finds our gzip files intact",
        .enabled(if: ReferenceTools.path("gzip") != nil, "gzip is not installed"),
        arguments: DeflateSamples.names)
    func gzipTests(name: String) throws {
        let scratch = try Scratch()
        let path = try scratch.write(GzipWriter.compress(DeflateSamples.named(name)), as: "data.gz")
        #expect(try ReferenceTools.run("gzip", ["-t", path]).status == 0)
    }

    @Test("streaming in pieces to a file gives the same bytes as compressing at once")
    func streamed() throws {
        let input = DeflateSamples.named("text then random then zeros")
        let scratch = try Scratch()
        let path = scratch.url("streamed.gz").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var writer = GzipWriter(to: handle)
        var start = 0
        while start < input.count {
            let end = min(start + 5_000, input.count)
            try writer.write(Array(input[start..<end]))
            start = end
        }
        _ = try writer.finish()
        try handle.close()
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == GzipWriter.compress(input))
    }
}
