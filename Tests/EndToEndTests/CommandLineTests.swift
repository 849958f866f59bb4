import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test("--version prints the version of summary.json's tool field, then the templates folder in use")
    func version() throws {
        let run = try CaseIntakeBinary.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        // The build folder holds no Templates/: a built binary falls back to its source tree's.
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates").path
        #expect(run.stdout.split(separator: "\n") == ["0.1.0", "templates: \(templates)"])
    }

    @Test(
        "help paragraphs are wrapped by the parser at the width, examples stay one per line",
        arguments: [[], ["report"], ["check"], ["hearing-sheet"]])
    func helpReadsWell(command: [String]) throws {
        let run = try CaseIntakeBinary.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let overview = lines.prefix { !$0.hasPrefix("USAGE:") }
        #expect(overview.allSatisfy { $0.hasPrefix(" ") || $0.count <= 80 }, "\(run.stdout)")
        // A paragraph line that ends well short of the width, followed by more of the same
        // paragraph, is a line broken in the middle of a sentence by hand.
        for (line, next) in zip(overview, overview.dropFirst())
        where !line.isEmpty && !line.hasPrefix(" ") && !next.isEmpty && !next.hasPrefix(" ") && !line.hasSuffix(":") {
            #expect(line.count + 1 + (next.split(separator: " ").first?.count ?? 0) > 70, "broken early: \(line)")
        }
        let examples = overview.drop { $0 != "Examples:" }.dropFirst().prefix { !$0.isEmpty }
        #expect(!examples.isEmpty)
        #expect(examples.allSatisfy { $0.hasPrefix("  ") && ($0.contains("caseintake ")) }, "\(examples)")
    }

    @Test("an unknown option is a usage error: exit 64")
    func usageError() throws {
        let run = try CaseIntakeBinary.run(["check", "--no-such-option", "x.zip"])
        #expect(run.status == 64)
    }
}
