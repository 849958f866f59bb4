import CaseFixtures
import Foundation
import Testing

/// Our zips as libarchive (bsdtar) and Info-ZIP (unzip) see them: the two readers that
/// matter besides python — libarchive is what caseintake itself reads with.
@Suite(.enabled(if: ReferenceTools.hasBsdtar, "bsdtar is not installed: cannot check zips against libarchive"))
struct ZipReferenceReaderTests {
    static func caseZip(dataDescriptors: Bool) throws -> [UInt8] {
        var inner = ZipWriter()
        try inner.addFile(name: .utf8("System.evtx"), contents: [UInt8](repeating: 0x45, count: 5_000))
        var zip = ZipWriter(dataDescriptors: dataDescriptors)
        try zip.addDirectory(name: .utf8("logs/"))
        try zip.addFile(name: .utf8("logs/notify.log"), contents: DeflateSamples.logText(lines: 100))
        try zip.addFile(name: .utf8("logs/stored.txt"), contents: Array("stored\n".utf8), method: .stored)
        try zip.addFile(name: .utf8("logs/evtx.zip"), contents: try inner.finish(), method: .stored)
        try zip.addFile(name: .utf8("secret.txt"), contents: Array("pw\n".utf8), password: "infected")
        try zip.addSymlink(name: .utf8("logs/passwd"), target: "/etc/passwd")
        try zip.addFile(name: .raw(Array("../../evil.txt".utf8)), contents: [0x21])
        return try zip.finish()
    }

    @Test("bsdtar lists names, types and sizes", arguments: [false, true])
    func bsdtarLists(dataDescriptors: Bool) throws {
        let scratch = try Scratch()
        let path = try scratch.write(try Self.caseZip(dataDescriptors: dataDescriptors), as: "case.zip")
        let listing = try ReferenceTools.run("bsdtar", ["-tvf", path])
        #expect(listing.status == 0, "\(listing.stderr)")
        let lines = listing.stdout.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines.first?.hasPrefix("drwxr-xr-x") == true)
        #expect(lines.contains { $0.hasPrefix("lrwxrwxrwx") && $0.hasSuffix("logs/passwd -> /etc/passwd") })
        #expect(lines.contains { $0.hasSuffix("../../evil.txt") })
        #expect(lines.allSatisfy { $0.contains("Nov 20") })
    }

    @Test("bsdtar extracts deflated, stored and ZipCrypto data", arguments: [false, true])
    func bsdtarExtracts(dataDescriptors: Bool) throws {
        let scratch = try Scratch()
        let path = try scratch.write(try Self.caseZip(dataDescriptors: dataDescriptors), as: "case.zip")
        let notes = try ReferenceTools.run("bsdtar", ["-xOf", path, "logs/notify.log"])
        #expect(Array(notes.stdout.utf8) == DeflateSamples.logText(lines: 100))
        let stored = try ReferenceTools.run("bsdtar", ["-xOf", path, "logs/stored.txt"])
        #expect(stored.stdout == "stored\n")
        let secret = try ReferenceTools.run("bsdtar", ["-xOf", path, "--passphrase", "infected", "secret.txt"])
        #expect(secret.stdout == "pw\n", "\(secret.stderr)")
        let wrong = try ReferenceTools.run("bsdtar", ["-xOf", path, "--passphrase", "wrong", "secret.txt"])
        #expect(wrong.status != 0)
    }

    @Test("unzip -t finds every CRC right", .enabled(if: ReferenceTools.path("unzip") != nil, "unzip is not installed"))
    func unzipTests() throws {
        let scratch = try Scratch()
        let path = try scratch.write(try Self.caseZip(dataDescriptors: false), as: "case.zip")
        let check = try ReferenceTools.run("unzip", ["-t", "-P", "infected", path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("No errors detected"))
    }
}
