import Assessment
import CaseFixtures
import Foundation
import Reporting
import Testing

/// The Excel hearing sheet: written by `HearingWorkbook`, returned inside the case (its parts
/// streamed out of the zip by Intake), read back with every answer, also after LibreOffice saved it.
@Suite struct HearingWorkbookTests {
    static let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    /// Corpus sheets whose symptom was chosen (an inferred symptom is written as a choice).
    static let sheets = FilledSheetCorpus.sheets.filter { !$0.symptomInferred }.prefix(40).map { $0 }

    static func markdownAnswers(_ sheet: FilledSheetCorpus.Sheet) throws -> HearingAnswers {
        let checklist = try ReportCases.checklist()
        let blank = try HearingSheet.render(checklist, language: .ja, templates: ReportCases.reportTemplates())
        return HearingSheetReader.read(
            sheet.writer.fill(blank), source: "sheet.md", checklist: checklist, timeZone: tokyo)
    }

    /// The case `case/<name>` holding `files`, examined and assessed.
    static func assess(_ files: [String: [UInt8]]) throws -> CaseAssessment {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let examination = CaseExamination.examine(CaseRequest(inputs: [folder.path], caseID: "workbook"))
        return CaseAssessor.assess(examination, checklist: try ReportCases.checklist())
    }

    static func expectSame(_ read: HearingAnswers?, _ expected: HearingAnswers) throws {
        let read = try #require(read)
        #expect(read.answers == expected.answers)
        var fields = expected.fields
        fields["timeline"] = nil
        #expect(read.fields.filter { $0.key != "timeline" } == fields)
        #expect(read.symptom == expected.symptom)
        #expect(read.flags == expected.flags)
        #expect(read.timeline == expected.timeline)
        #expect(read.incidentTimes == expected.incidentTimes)
    }

    @Test("the blank workbook is recognised as the hearing sheet and answers nothing")
    func blank() throws {
        let book = try HearingWorkbook.render(
            try ReportCases.checklist(), language: .ja, templates: ReportCases.reportTemplates())
        let assessment = try Self.assess(["ヒアリングシート.xlsx": book])
        let hearing = try #require(assessment.hearing)
        #expect(hearing.source.hasSuffix("ヒアリングシート.xlsx"))
        #expect(hearing.answerCount == 0)
        #expect(hearing.symptom == .unknown)
        #expect(assessment.items.first?.status == .insufficient)
    }

    @Test("a filled workbook reads back with the answers of the sheet it was filled from", arguments: sheets)
    func filled(_ sheet: FilledSheetCorpus.Sheet) throws {
        let expected = try Self.markdownAnswers(sheet)
        let book = try HearingWorkbook.render(
            try ReportCases.checklist(), language: .ja, templates: ReportCases.reportTemplates(), answers: expected)
        let assessment = try Self.assess(["回答/ヒアリングシート.xlsx": book])
        try Self.expectSame(assessment.hearing, expected)
    }

    @Test("another workbook in the case, one that merely mentions the questions, is no hearing sheet")
    func otherWorkbook() throws {
        let book = try ExcelStyleWorkbookWriter.workbook(rows: [
            [.text("サーバ一覧"), .text("1-1"), .text("1-2"), .text("1-3")],
            [.text("SPSV01"), .text("192.0.2.10"), .number(3), .date(46_346)],
        ])
        let assessment = try Self.assess(["servers.xlsx": book])
        #expect(
            assessment.examination.files.contains {
                $0.path.description.hasSuffix("servers.xlsx!/xl/sharedStrings.xml")
            })
        #expect(assessment.hearing == nil)
    }

    @Test("a sheet as Excel saves it: shared strings, rich text, phonetic readings, built-in date and time formats")
    func savedByExcel() throws {
        typealias Cell = ExcelStyleWorkbookWriter.Cell
        func keyed(_ key: String, _ answer: Cell?) -> [Cell?] { [.text("1-x"), .text("…"), answer, .text(key)] }
        let rows: [[Cell?]] = [
            [.text("ヒアリングシート")],
            keyed("symptom", .text("通知メールの内容に問題がある（文字化け等）")),
            keyed("question:what", .runs(["通知メールの件名が", "文字化け", "します。"])),
            keyed("question:when", .date(46_346.420_138_888_89)),
            keyed("question:frequency", .phonetic("毎回", reading: "マイカイ")),
            keyed("question:scope", .text("不明")),
            keyed("field:program-version", .number(5.8)),
            keyed("field:mail-server-ip", .text("192.0.2.25")),
            [.date(46_346), .time(0.420_138_888_89), .text("EICAR テストファイルを配置"), .text("timeline")],
            [.date(46_346), .time(0.421_527_777_78), .runs(["通知を", "確認"]), .text("timeline")],
            [nil, nil, nil, .text("timeline")],
        ]
        let book = try ExcelStyleWorkbookWriter.workbook(rows: rows, marker: HearingWorkbookLayout.marker)
        let hearing = try #require(try Self.assess(["回答.xlsx": book]).hearing)
        #expect(hearing.symptom == .garbled)
        #expect(!hearing.symptomInferred)
        #expect(
            hearing.answers == [
                "what": "通知メールの件名が文字化けします。", "when": "2026/11/20 10:05", "frequency": "毎回", "scope": "不明",
            ])
        #expect(hearing.flags == ["scope": .unknown])
        #expect(hearing.fields["program-version"] == "5.8")
        #expect(hearing.fields["mail-server-ip"] == "192.0.2.25")
        #expect(hearing.incidentTimes == [FixtureClock.incident])
        #expect(hearing.timeline.map(\.time) == [FixtureClock.incident, FixtureClock.incident.addingTimeInterval(120)])
        #expect(hearing.timeline.map(\.text) == ["EICAR テストファイルを配置", "通知を確認"])
    }

    static let libreOffice = ["libreoffice", "soffice"].lazy.compactMap { name in
        ["/usr/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

    @Test(
        "a filled workbook saved again by LibreOffice reads back with every answer",
        .enabled(if: libreOffice != nil, "LibreOffice is not installed (scripts/install-test-tools.sh installs it)"))
    func savedByLibreOffice() throws {
        let sheet = try #require(FilledSheetCorpus.sheets.first { $0.name == "numbered timeline" })
        let expected = try Self.markdownAnswers(sheet)
        let book = try HearingWorkbook.render(
            try ReportCases.checklist(), language: .ja, templates: ReportCases.reportTemplates(), answers: expected)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(
            at: work.appendingPathComponent("out"), withIntermediateDirectories: true)
        try Data(book).write(to: work.appendingPathComponent("sheet.xlsx"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.libreOffice))
        process.arguments = [
            "-env:UserInstallation=file://\(work.path)/profile", "--headless", "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir", work.appendingPathComponent("out").path, work.appendingPathComponent("sheet.xlsx").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let saved = try Data(contentsOf: work.appendingPathComponent("out/sheet.xlsx"))
        #expect(saved != Data(book), "LibreOffice wrote its own package")
        let assessment = try Self.assess(["sheet.xlsx": Array(saved)])
        try Self.expectSame(assessment.hearing, expected)
    }
}
