import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test("--version prints the version of summary.json's tool field")
    func version() throws {
        let run = try CaseIntakeBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("an unknown option is a usage error: exit 64")
    func usageError() throws {
        let run = try CaseIntakeBinary.run(["check", "--no-such-option", "x.zip"])
        #expect(run.status == 64)
    }
}
