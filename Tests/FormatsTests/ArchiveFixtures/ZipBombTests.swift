import CaseFixtures
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The largest resident size this test process has reached, from `getrusage` (kilobytes on Linux).
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

@Suite(.enabled(if: ReferenceTools.hasPython, "python3 is not installed: no zipfile module to read our zips"))
struct ZipBombTests {
    static let gibibyte: UInt64 = 1 << 30

    @Test("1 GiB of zeros streams into a zip of a few MB without being held in memory")
    func gibibyteOfZeros() throws {
        let scratch = try Scratch()
        let path = scratch.url("bomb.zip").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var zip = ZipWriter(to: handle)
        try zip.addFile(name: .utf8("zeros.bin"), producer: ZipWriter.repeating(0, count: Self.gibibyte))
        _ = try zip.finish()
        try handle.close()

        let archiveSize = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(archiveSize < 4 << 20)
        #expect(peakResidentBytes() < 700 << 20)  // holding the gibibyte would exceed this
        let zeros = try ReferenceTools.python(
            "import hashlib; h=hashlib.sha256(); [h.update(bytes(1<<20)) for _ in range(1024)]; print(1<<30, h.hexdigest())",
            [])
        let entry = try #require(try PythonZip.entries(atPath: path).first)
        #expect(entry.size == Int(Self.gibibyte))
        #expect(entry.data == zeros.trimmed)
    }

    @Test("a streamed entry declared Zip64 reads back in zipfile")
    func zip64Layout() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("a.bin"), zip64: true, producer: ZipWriter.repeating(0x61, count: 100_000))
        try zip.addFile(name: .utf8("b.txt"), contents: Array("after".utf8))
        let archive = try zip.finish()
        let entries = try PythonZip.entries(archive)
        #expect(entries.map(\.size) == [100_000, 5])
        #expect(entries[0].data == (try sha256Line([UInt8](repeating: 0x61, count: 100_000)).trimmed))
    }

    @Test(
        "a streamed entry declared Zip64 lists in bsdtar with its size",
        .enabled(if: ReferenceTools.hasBsdtar, "bsdtar is not installed (libarchive-tools)"))
    func zip64Listing() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("a.bin"), zip64: true, producer: ZipWriter.repeating(0x61, count: 100_000))
        let scratch = try Scratch()
        let listing = try ReferenceTools.run("bsdtar", ["-tvf", scratch.write(try zip.finish(), as: "z64.zip")])
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(listing.stdout.contains("100000"))
    }
}
