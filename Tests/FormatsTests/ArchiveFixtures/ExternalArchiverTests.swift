import CaseFixtures
import Foundation
import Testing

/// The formats ExternalArchiver builds, with whether their bytes repeat run to run.
enum ExternalFormat: String, CaseIterable, CustomTestStringConvertible {
    case sevenZip, sevenZipEncrypted, winZipAES, lzh, cab, rar

    static let password = "infected"
    var testDescription: String { rawValue }

    var isDeterministic: Bool { ![.sevenZipEncrypted, .winZipAES, .rar].contains(self) }
    /// libarchive reads these entries' data; encrypted 7z it lists but refuses (FORMATS.md §4).
    var bsdtarExtracts: Bool { self != .sevenZipEncrypted }

    func build(_ entries: [ExternalArchiver.Entry]) throws -> [UInt8] {
        switch self {
        case .sevenZip: try ExternalArchiver.sevenZip(entries)
        case .sevenZipEncrypted: try ExternalArchiver.sevenZip(entries, password: Self.password)
        case .winZipAES: try ExternalArchiver.winZipAES(entries, password: Self.password)
        case .lzh: try ExternalArchiver.lzh(entries)
        case .cab: try ExternalArchiver.cab(entries)
        case .rar: try ExternalArchiver.rar(entries)
        }
    }

    /// Builds, or ends the test as skipped with the missing tool's name.
    func buildOrSkip(_ entries: [ExternalArchiver.Entry]) throws -> [UInt8] {
        do {
            return try build(entries)
        } catch let missing as ExternalArchiver.Unavailable {
            let message = "skipped \(rawValue): \(missing)"
            // The console does not show a cancelled case's comment, so say it on stderr too.
            FileHandle.standardError.write(Data("ExternalArchiverTests: \(message)\n".utf8))
            try Test.cancel(Comment(rawValue: message))
        }
    }
}

@Suite(.enabled(if: ReferenceTools.hasBsdtar, "bsdtar is not installed: nothing to read the archives with"))
struct ExternalArchiverTests {
    static let notes = DeflateSamples.logText(lines: 40)
    static let entries: [ExternalArchiver.Entry] = [
        ("logs/notify.log", notes),
        ("System.evtx", Array("ElfFile\0".utf8) + [UInt8](repeating: 0, count: 100)),
    ]

    @Test("bsdtar lists every entry and extracts its bytes", arguments: ExternalFormat.allCases)
    func bsdtarReads(format: ExternalFormat) throws {
        let archive = try format.buildOrSkip(Self.entries)
        let scratch = try Scratch()
        let path = try scratch.write(archive, as: "archive")
        let listing = try ReferenceTools.run("bsdtar", ["-tf", path])
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(Set(listing.stdout.split(separator: "\n").map(String.init)) == ["logs/notify.log", "System.evtx"])
        let extract = try ReferenceTools.run(
            "bsdtar", ["-xOf", path, "--passphrase", ExternalFormat.password, "logs/notify.log"])
        if format.bsdtarExtracts {
            #expect(extract.status == 0, "\(extract.stderr)")
            #expect(Array(extract.stdout.utf8) == Self.notes)
        } else {
            #expect(extract.status != 0, "libarchive must refuse what it cannot decrypt")
            #expect(Array(extract.stdout.utf8) != Self.notes)
        }
    }

    @Test(
        "deterministic formats give the same bytes twice", arguments: ExternalFormat.allCases.filter(\.isDeterministic))
    func deterministic(format: ExternalFormat) throws {
        let first = try format.buildOrSkip(Self.entries)
        #expect(try format.build(Self.entries) == first)
    }

    @Test("names that would escape the work folder are refused")
    func unsafeNames() {
        for name in ["../evil.txt", "/etc/passwd", "a//b", ""] {
            #expect(throws: ExternalArchiver.UnsafeName.self) { try ExternalArchiver.cab([(name, [1])]) }
        }
    }
}
