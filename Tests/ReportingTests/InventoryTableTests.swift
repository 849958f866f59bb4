import CaseFixtures
import Foundation
import Reporting
import Testing

/// The inventory of the HTML and Markdown reports is sized for people: a case of thousands of
/// files lists the ones that matter and counts the rest by kind; summary.json lists them all.
@Suite("Inventory table")
struct InventoryTableTests {
    /// 230 small job logs, with a ServerProtect log and an unreadable binary late in the walk.
    static func manyFiles() throws -> ReportCase {
        var files: [(String, [UInt8])] = (0..<230).map { index in
            ("jobs/job-\(String(format: "%03d", index)).txt", Array("job \(index) ok\r\n".utf8))
        }
        files.append(("zz/SPNT.log", SpntLogWriter.log(outcome: .connectFailed)))
        files.append(("zz/blob.bin", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F, 0x00, 0x00]))
        return try ReportCases.run("inventory-many", files: files)
    }

    @Test("past the cap the table lists the files that matter and counts the rest by kind")
    func capped() throws {
        let reportCase = try Self.manyFiles()
        let model = ReportModel(
            reportCase.assessment, options: ReportCases.options(), language: .en,
            labels: try ReportLabels.load(.en, templates: ReportCases.templates))
        let paths = model.files.map(\.path.raw)
        #expect(paths.count == 200)
        #expect(paths.contains { $0.hasSuffix("zz/SPNT.log") })
        #expect(paths.contains { $0.hasSuffix("zz/blob.bin") })
        #expect(paths == paths.sorted(), "listed in walk order")
        #expect(model.filesRest == "32 more files are in summary.json (text 32).")
        let summary = try JSONSerialization.jsonObject(with: SummaryDocument(reportCase.assessment).encoded())
        let listed = ((summary as? [String: Any])?["files"] as? [Any])?.count
        #expect(listed == 232, "summary.json keeps every file")
    }

    @Test("up to the cap every file is listed and nothing is counted", arguments: [ReportLanguage.ja, .en])
    func uncapped(language: ReportLanguage) throws {
        let reportCase = try ReportCases.incomplete()
        let model = ReportModel(
            reportCase.assessment, options: ReportCases.options(), language: language,
            labels: try ReportLabels.load(language, templates: ReportCases.templates))
        #expect(model.files.count == reportCase.assessment.examination.files.count)
        #expect(model.filesRest == nil)
    }

    @Test("both pages carry the sentence about the files not listed")
    func rendered() throws {
        let outputs = try Self.manyFiles().outputs()
        let text = { (name: String) in
            outputs.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        }
        #expect(text("report.en.html").contains("32 more files are in summary.json (text 32)."))
        #expect(text("report.ja.md").contains("ほかに 32 件のファイルは summary.json にあります（text 32）。"))
    }
}
