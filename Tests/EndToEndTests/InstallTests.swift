import CaseFixtures
import Foundation
import Testing

/// `make install` lays out bin/, share/caseintake/Templates, the man page and completions; the
/// installed binary then works from any folder. This test installs the *debug* build (the one
/// the tests run) with the same script, `scripts/install.sh`, that `make install` runs on the
/// release build, so the test run needs no second, release build.
@Suite struct InstallTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binFolder = CaseIntakeBinary.url.deletingLastPathComponent()
    static let hasGenerateManual = FileManager.default.isExecutableFile(
        atPath: binFolder.appendingPathComponent("generate-manual").path)

    @Test(
        "an install into a temporary prefix finds its templates there and writes a report from another folder",
        .enabled(
            if: hasGenerateManual,
            "generate-manual is not built: `make test` builds it (swift build --product generate-manual)"))
    func installAndRun() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "caseintake-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("prefix")
        let install = try Self.run(
            Self.packageRoot.appendingPathComponent("scripts/install.sh").path, [Self.binFolder.path, prefix.path])
        #expect(install.status == 0, "\(install.output)")
        let share = prefix.appendingPathComponent("share")
        for file in [
            "caseintake/Templates/checklists/serverprotect-mail-notification.yaml", "man/man1/caseintake.1",
            "bash-completion/completions/caseintake", "zsh/site-functions/_caseintake",
            "fish/vendor_completions.d/caseintake.fish",
        ] {
            let size = try? FileManager.default.attributesOfItem(atPath: share.appendingPathComponent(file).path)[.size]
            #expect((size as? Int ?? 0) > 0, "share/\(file) is missing or empty")
        }
        let manual = try String(contentsOf: share.appendingPathComponent("man/man1/caseintake.1"), encoding: .utf8)
        #expect(manual.contains(".Nm caseintake") || manual.contains(".TH"), "\(manual.prefix(300))")
        #expect(manual.contains("hearing-sheet"))

        let binary = prefix.appendingPathComponent("bin/caseintake").path
        let bash = try Self.run(
            "/bin/bash",
            [
                "-c", "source \"$0\" && complete -p caseintake",
                share.appendingPathComponent("bash-completion/completions/caseintake").path,
            ])
        #expect(bash.status == 0 && bash.output.contains("caseintake"), "\(bash.output)")

        // From another folder, with the source tree's templates out of reach by name.
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data(ExampleCases.sevenZipCase()).write(to: work.appendingPathComponent("追加資料.7z"))
        let version = try Self.run(binary, ["--version"], in: work)
        let templates = share.appendingPathComponent("caseintake/Templates").path
        #expect(version.output.split(separator: "\n") == ["0.1.0", "templates: \(templates)"])
        let report = try Self.run(binary, ["report", "追加資料.7z", "-o", "out"], in: work)
        #expect(report.status == 1, "\(report.output)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/追加資料/report.ja.html").path))
    }

    static func run(_ tool: String, _ arguments: [String], in folder: URL? = nil) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "CASEINTAKE_TEMPLATES")
        process.environment = environment
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
