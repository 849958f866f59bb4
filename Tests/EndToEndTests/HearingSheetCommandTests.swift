import Foundation
import Testing

/// `caseintake hearing-sheet --format xlsx` as a support engineer runs it.
@Suite struct HearingSheetCommandTests {
    @Test("--format xlsx -o writes a workbook that a report run finds as the case's hearing sheet")
    func workbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("case"), withIntermediateDirectories: true)
        let sheet = folder.appendingPathComponent("case/ヒアリングシート.xlsx")
        let written = try CaseIntakeBinary.run(["hearing-sheet", "--format", "xlsx", "-o", sheet.path])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try Data(contentsOf: sheet)
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes.range(of: Data("xl/worksheets/sheet1.xml".utf8)) != nil)

        let report = try CaseIntakeBinary.run(
            [
                "report", folder.appendingPathComponent("case").path, "-o", folder.appendingPathComponent("out").path,
                "--case-id", "TM-1",
            ])
        #expect(report.status == 1)
        let summary = try String(contentsOf: folder.appendingPathComponent("out/TM-1/summary.json"), encoding: .utf8)
        #expect(summary.contains("ヒアリングシート.xlsx!/xl/worksheets/sheet1.xml"))
        let item1 = try #require(summary.range(of: "\"id\" : \"hearing\"") ?? summary.range(of: "\"id\":\"hearing\""))
        #expect(summary[item1.upperBound...].prefix(300).contains("insufficient"))
    }

    @Test("--format xlsx without -o is a usage error")
    func needsOutput() throws {
        let run = try CaseIntakeBinary.run(["hearing-sheet", "--format", "xlsx"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("-o"))
    }
}
