import CaseFixtures
import Foundation
import Testing

/// `check` prints a table a person reads: a folder of thousands of job logs does not scroll the
/// checklist off the screen.
@Suite struct CheckTableTests {
    @Test("past 200 files check lists the files that matter, counts the rest by kind, and still ends with the items")
    func capped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "caseintake-check-table-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("jobs"), withIntermediateDirectories: true)
        for index in 0..<230 {
            try Data("job \(index) ok\r\n".utf8).write(
                to: folder.appendingPathComponent("jobs/job-\(String(format: "%03d", index)).txt"))
        }
        try Data(SpntLogWriter.log(outcome: .connectFailed)).write(to: folder.appendingPathComponent("zz-SPNT.log"))
        let run = try CaseIntakeBinary.run(["check", folder.path])
        #expect(run.status == 1, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix(folder.lastPathComponent + "/") }
        #expect(rows.count == 200)
        #expect(rows.contains { $0.contains("zz-SPNT.log") }, "the evidence is listed though it comes last")
        #expect(run.stdout.contains("… and 31 more files (text 31)"))
        #expect(run.stdout.contains("Case "), "the status line still ends the output")
    }
}
