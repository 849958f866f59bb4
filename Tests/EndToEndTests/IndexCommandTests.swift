import CaseFixtures
import Foundation
import Testing

/// `caseintake index` over the reports of the example cases, as the team runs it on its shared folder.
@Suite struct IndexCommandTests {
    static let examples = [
        ("complete-case/調査資料.zip", "EX-complete"), ("incomplete-case/case-0002.tar.gz", "EX-incomplete"),
        ("contradiction-case/case-0003.zip", "EX-contradiction"), ("7z-case/追加資料.7z", "EX-7z"),
    ]

    @Test("one row per example case, incomplete first, each linking its Japanese report")
    func examplesIndexed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "caseintake-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleCases.write(to: folder.appendingPathComponent("Examples"))
        for (input, caseID) in Self.examples {
            _ = try CaseIntakeBinary.run(
                [
                    "report", "Examples/\(input)", "--case-id", caseID, "--password", ExampleCases.password, "-o",
                    "out",
                    "--customer", "株式会社サンプル",
                ], in: folder)
        }
        let run = try CaseIntakeBinary.run(["index", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/index.html"), encoding: .utf8)
        let rows = html.components(separatedBy: "<tr class=\"").dropFirst()
        #expect(rows.count == 4)
        #expect(rows.last?.hasPrefix("complete\"") == true, "the complete case comes last")
        for (_, caseID) in Self.examples {
            #expect(html.contains("<a href=\"./\(caseID)/report.ja.html\">\(caseID)</a>"))
        }
        #expect(html.contains("株式会社サンプル"))
        #expect(!html.contains("<script"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/index.md"), encoding: .utf8)
        #expect(markdown.components(separatedBy: "](<./EX").count - 1 == 4)
    }

    @Test("index on something that is not a folder: exit 2 and one line")
    func notAFolder() throws {
        let run = try CaseIntakeBinary.run(["index", "/nonexistent/caseintake-index"])
        #expect(run.status == 2)
        #expect(run.stderr == "caseintake: /nonexistent/caseintake-index is not a folder\n")
    }
}
