import CaseFixtures
import Foundation
import Testing

@Suite(.enabled(if: ReferenceTools.hasPython, "python3 is not installed: no zipfile module to read our zips"))
struct ZipWriterTests {
    static let report = Array("SpntSvc: notification mail sent\r\n".utf8) + DeflateSamples.logText(lines: 200)

    @Test(
        "python's zipfile reads stored, deflated, nested entries with our CRC, size and time", arguments: [false, true])
    func readsBack(dataDescriptors: Bool) throws {
        var inner = ZipWriter()
        try inner.addFile(name: .utf8("System.evtx"), contents: Self.report)
        let innerBytes = try inner.finish()

        var zip = ZipWriter(dataDescriptors: dataDescriptors)
        try zip.addFile(name: .utf8("stored.txt"), contents: Self.report, method: .stored)
        try zip.addFile(name: .utf8("deflated.txt"), contents: Self.report, method: .deflate)
        try zip.addFile(name: .utf8("logs/evtx.zip"), contents: innerBytes)
        var entries = try PythonZip.entries(try zip.finish())

        let reportData = try sha256Line(Self.report).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(entries.map(\.method) == [0, 8, 8])
        #expect(entries.map(\.data) == [reportData, reportData, try sha256Line(innerBytes).trimmed])
        entries.removeLast()
        let scratch = try Scratch()
        let zlibCRC = try ReferenceTools.python(
            "import zlib,sys; print(zlib.crc32(open(sys.argv[1],'rb').read()))",
            [scratch.write(Self.report, as: "report")])
        #expect(entries.allSatisfy { $0.crc == UInt32(zlibCRC.trimmed) })
        #expect(entries.allSatisfy { $0.dateTime == [2026, 11, 20, 10, 5, 0] })  // FixtureClock in +09:00
        #expect(entries.allSatisfy { ($0.flags & 0x8 != 0) == dataDescriptors })
        #expect(try PythonZip.entries(innerBytes).map(\.data) == [reportData])
    }

    @Test("directories and symlinks carry Unix modes zipfile reports")
    func directoriesAndLinks() throws {
        var zip = ZipWriter()
        try zip.addDirectory(name: .utf8("logs/"))
        try zip.addSymlink(name: .utf8("logs/passwd"), target: "/etc/passwd")
        let entries = try PythonZip.entries(try zip.finish())
        #expect(entries.map(\.isDirectory) == [true, false])
        #expect(entries.map(\.mode) == [0o040755, 0o120777])
        #expect(entries[1].data == (try sha256Line(Array("/etc/passwd".utf8)).trimmed))
    }

    @Test("names keep their exact bytes: CP932 without the UTF-8 flag, UTF-8 with it, hostile as given")
    func nameBytes() throws {
        let cp932 = try ReferenceTools.python("print('調査資料/システム.evtx'.encode('cp932').hex())", []).trimmed
        let hostile: [[UInt8]] = [
            Array("../../evil.txt".utf8), Array("/etc/passwd".utf8), Array("<script>x</script>".utf8),
        ]
        var zip = ZipWriter()
        try zip.addFile(name: .cp932("調査資料/システム.evtx"), contents: [1, 2, 3])
        try zip.addFile(name: .utf8("調査資料.zip"), contents: [4])
        for name in hostile { try zip.addFile(name: .raw(name), contents: [5]) }
        let entries = try PythonZip.entries(try zip.finish())
        #expect(entries.map(\.nameHex) == [cp932, Array("調査資料.zip".utf8).hex] + hostile.map(\.hex))
        #expect(entries.map { $0.flags & 0x800 } == [0, 0x800, 0, 0, 0])
    }

    @Test(
        "ZipCrypto entries decrypt with the password and refuse without it",
        arguments: [ZipWriter.Method.stored, .deflate], [false, true])
    func zipCrypto(method: ZipWriter.Method, dataDescriptors: Bool) throws {
        var zip = ZipWriter(dataDescriptors: dataDescriptors)
        try zip.addFile(name: .cp932("調査資料.txt"), contents: Self.report, method: method, password: "infected")
        try zip.addFile(name: .utf8("plain.txt"), contents: [0x41], method: method)
        let archive = try zip.finish()
        let withPassword = try PythonZip.entries(archive, password: "infected")
        #expect(withPassword.map(\.flags).map { $0 & 1 } == [1, 0])
        #expect(withPassword[0].data == (try sha256Line(Self.report).trimmed))
        #expect(try PythonZip.entries(archive).first?.data == "RuntimeError")  // "password required"
        #expect(try PythonZip.entries(archive, password: "wrong").first?.data == "RuntimeError")  // bad password
    }

    @Test("a streamed, encrypted entry gets a data descriptor and still decrypts")
    func streamedEncrypted() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("zeros.bin"), password: "pw", producer: ZipWriter.repeating(0, count: 3_000_000))
        let entries = try PythonZip.entries(try zip.finish(), password: "pw")
        #expect(entries.first?.flags == 0x0809)
        #expect(entries.first?.data == (try sha256Line([UInt8](repeating: 0, count: 3_000_000)).trimmed))
    }

    @Test("the same inputs give the same bytes, in memory and through a file")
    func deterministic() throws {
        func build(_ zip: inout ZipWriter) throws -> [UInt8] {
            try zip.addFile(name: .cp932("イベントログ/システム.evtx"), contents: Self.report, password: "secret")
            try zip.addFile(name: .utf8("big.bin"), producer: ZipWriter.repeating(7, count: 2_500_000))
            try zip.addSymlink(name: .utf8("link"), target: "/etc/passwd")
            return try zip.finish()
        }
        var first = ZipWriter()
        var second = ZipWriter()
        let scratch = try Scratch()
        let path = scratch.url("streamed.zip").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var streamed = ZipWriter(to: handle)
        let bytes = try build(&first)
        #expect(try build(&second) == bytes)
        #expect(try build(&streamed).isEmpty)
        try handle.close()
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test("a cp932 name with a character CP932 lacks is refused")
    func unencodableName() {
        var zip = ZipWriter()
        #expect(throws: ZipWriter.Failure.nameNotEncodable("😀.txt")) {
            try zip.addFile(name: .cp932("😀.txt"), contents: [])
        }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
