import CaseFixtures
import Foundation
import Testing

@testable import Intake

/// Tarballs compressed with bzip2, xz and zstd, made by those tools (skipped where one is missing).
@Suite struct CompressedTarIntakeTests {
    @Test(
        "tar.bz2, tar.xz and tar.zst are read like a tar", arguments: [("bzip2", "bz2"), ("xz", "xz"), ("zstd", "zst")])
    func compressedTar(tool: String, suffix: String) throws {
        let folder = try ScratchFolder()
        var tar = TarWriter()
        try tar.addFile(name: "logs/SPNT.log", contents: Array("2026/11/20 10:05:00 SMTP connect\n".utf8))
        let tarPath = try folder.write("case.tar", try tar.finish())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool, "-q", tarPath]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let compressed = tarPath + "." + suffix
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: compressed) else {
            FileHandle.standardError.write(Data("CompressedTarIntakeTests: skipped: \(tool) is not installed\n".utf8))
            try Test.cancel("\(tool) is not installed")
        }
        let visitor = RecordingVisitor()
        let result = IntakeWalker().walk([compressed], visitor: visitor)
        #expect(result.problems.isEmpty)
        #expect(visitor.text("\(caseName(compressed))!/logs/SPNT.log") == "2026/11/20 10:05:00 SMTP connect\n")
    }
}
