import CaseFixtures
import Formats
import Foundation
import Testing

/// The project's own .7z writer, checked by the two independent readers: 7-Zip (`7z t`) and
/// libarchive (`bsdtar`), on ASCII names (the tools print others by locale). IntakeTests reads
/// Japanese names through caseintake's walker.
@Suite struct SevenZipWriterTests {
    static let entries: [(name: String, contents: [UInt8])] = [
        ("logs/notify.log", DeflateSamples.logText(lines: 40)),
        ("System.evtx", Array("ElfFile\0".utf8) + [UInt8](repeating: 0, count: 70_000)),
        ("empty.txt", []),
    ]

    static func archive(_ method: SevenZipWriter.Method) -> [UInt8] {
        var writer = SevenZipWriter()
        for entry in entries { writer.addFile(name: entry.name, contents: entry.contents, method: method) }
        return writer.finish()
    }

    static let has7z = ReferenceTools.path("7z") != nil

    @Test("the signature header points at a header whose CRCs hold", arguments: [SevenZipWriter.Method.copy, .deflate])
    func signatureHeader(method: SevenZipWriter.Method) {
        let bytes = Self.archive(method)
        #expect(Array(bytes.prefix(6)) == [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])
        let field = { (offset: Int, count: Int) in
            (0..<count).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
        }
        let offset = Int(field(12, 8))
        let size = Int(field(20, 8))
        #expect(32 + offset + size == bytes.count)
        #expect(bytes[32 + offset] == 0x01, "the header is plain (kHeader), not encoded")
        #expect(UInt32(field(8, 4)) == CRC32.checksum(Array(bytes[12..<32])))
        #expect(UInt32(field(28, 4)) == CRC32.checksum(Array(bytes[(32 + offset)...])))
    }

    @Test(
        "7-Zip tests every entry's CRC and lists the names and sizes",
        .enabled(if: has7z, "7z is not installed (p7zip-full)"), arguments: [SevenZipWriter.Method.copy, .deflate])
    func sevenZipTests(method: SevenZipWriter.Method) throws {
        let scratch = try Scratch()
        let path = try scratch.write(Self.archive(method), as: "case.7z")
        let test = try ReferenceTools.run("7z", ["t", path])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("Everything is Ok"))
        let listing = try ReferenceTools.run("7z", ["l", "-slt", path])
        for entry in Self.entries {
            #expect(
                listing.stdout.contains("Path = \(entry.name)\nSize = \(entry.contents.count)\n"), "\(listing.stdout)")
        }
        #expect(listing.stdout.contains("Modified = 2026-11-20 01:05:00"))
    }

    @Test(
        "bsdtar (libarchive) lists the entries with their sizes and extracts their bytes",
        .enabled(if: ReferenceTools.hasBsdtar, "bsdtar is not installed (libarchive-tools)"),
        arguments: [SevenZipWriter.Method.copy, .deflate])
    func bsdtarReads(method: SevenZipWriter.Method) throws {
        let scratch = try Scratch()
        let path = try scratch.write(Self.archive(method), as: "case.7z")
        let listing = try ReferenceTools.run("bsdtar", ["-tvf", path])
        #expect(listing.status == 0, "\(listing.stderr)")
        let lines = listing.stdout.split(separator: "\n")
        #expect(lines.count == Self.entries.count)
        for (line, entry) in zip(lines, Self.entries) {
            #expect(line.hasPrefix("-rw-r--r--"), "\(line)")
            #expect(line.hasSuffix(" \(entry.name)") && line.contains(" \(entry.contents.count) "), "\(line)")
        }
        for entry in Self.entries {
            let extract = try ReferenceTools.run("bsdtar", ["-xOf", path, entry.name])
            #expect(extract.status == 0, "\(extract.stderr)")
            #expect(Array(extract.stdout.utf8) == entry.contents)
        }
    }

    @Test("the same entries give the same bytes, and Deflate makes zeros small")
    func deterministic() {
        #expect(Self.archive(.deflate) == Self.archive(.deflate))
        #expect(Self.archive(.deflate).count < Self.archive(.copy).count / 4)
    }
}
