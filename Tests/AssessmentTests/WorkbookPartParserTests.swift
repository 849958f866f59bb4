import Foundation
import Testing

@testable import Assessment

/// The XML parts of a returned workbook are hostile like everything in a case: entity bombs,
/// broken and cut XML, absurd cell references end in bounded, partial results, never a hang.
@Suite struct WorkbookPartParserTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func cells(_ xml: String) -> [WorkbookCell] {
        guard case .worksheet(let cells) = WorkbookPartParser.parse(Array(xml.utf8), name: .worksheet).0 else {
            return []
        }
        return cells
    }

    @Test("an entity bomb in a shared-strings part does not expand beyond the cell text limit")
    func entityBomb() {
        var dtd = #"<!DOCTYPE sst [<!ENTITY a0 "xxxxxxxxxx">"#
        for level in 1...9 { dtd += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let xml = dtd + #"]><sst xmlns="\#(Self.main)"><si><t>&a9;</t></si></sst>"#
        let started = Date()
        let (content, _) = WorkbookPartParser.parse(Array(xml.utf8), name: .sharedStrings)
        #expect(Date().timeIntervalSince(started) < 10)
        guard case .sharedStrings(let strings) = content else {
            Issue.record("a shared-strings part gave \(content)")
            return
        }
        #expect(strings.allSatisfy { $0.count <= WorkbookCell.textLimit + 65_536 })
    }

    @Test("a cut worksheet keeps the cells before the cut")
    func cut() {
        let xml =
            #"<worksheet xmlns="\#(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一</t></is></c>"#
            + #"<c r="B1"><v>2</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>三"#
        #expect(
            Self.cells(xml) == [
                WorkbookCell(row: 0, column: 0, value: .text("一"), style: 0),
                WorkbookCell(row: 0, column: 1, value: .number(2), style: 0),
            ])
    }

    @Test(
        "references beyond Excel's grid and cells without references", arguments: ["ZZZZZ1", "A0", "A99999999", "1A"])
    func oddReferences(reference: String) {
        let xml =
            #"<worksheet xmlns="\#(Self.main)"><sheetData><row r="3"><c r="\#(reference)"><v>1</v></c>"#
            + #"<c><v>2</v></c></row></sheetData></worksheet>"#
        // A bad reference falls back to the place after the previous cell in the row.
        #expect(Self.cells(xml).map(\.row) == [2, 2])
        #expect(Self.cells(xml).map(\.column) == [0, 1])
    }

    @Test("more cells than the bound are cut and say so")
    func manyCells() {
        let row = String(repeating: #"<c><v>1</v></c>"#, count: WorkbookCell.limit + 10)
        let xml = #"<worksheet xmlns="\#(Self.main)"><sheetData><row r="1">\#(row)</row></sheetData></worksheet>"#
        let (content, truncated) = WorkbookPartParser.parse(Array(xml.utf8), name: .worksheet)
        guard case .worksheet(let cells) = content else {
            Issue.record("a worksheet part gave \(content)")
            return
        }
        #expect(cells.count == WorkbookCell.limit)
        #expect(truncated)
    }

    @Test("a part that is not well-formed keeps the cells before the error, and says it was not read whole")
    func malformed() {
        let xml =
            #"<worksheet xmlns="\#(Self.main)"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>"#
            + #"<row r="2"><c r="A2"><v>2</v></c></sheetData></worksheet>"#
        let (content, truncated) = WorkbookPartParser.parse(Array(xml.utf8), name: .worksheet)
        guard case .worksheet(let cells) = content else {
            Issue.record("a worksheet part gave \(content)")
            return
        }
        #expect(cells.map(\.row).starts(with: [0]))
        #expect(truncated)
    }

    @Test(
        "date and time formats: built-in ids and custom codes",
        arguments: [
            (14, nil, WorkbookPartParser.FormatKind.date), (20, nil, .time), (22, nil, .date), (0, nil, nil),
            (164, "yyyy/mm/dd", .date), (165, "[$-F400]h:mm:ss AM/PM", .time), (166, #"0.00"日""#, nil),
            (167, "ggge\"年\"m\"月\"d\"日\"", .date),
        ] as [(Int, String?, WorkbookPartParser.FormatKind?)])
    func formats(id: Int, code: String?, kind: WorkbookPartParser.FormatKind?) {
        #expect(WorkbookPartParser.kind(ofFormat: id, code: code) == kind)
    }

    @Test("serials are wall-clock text, 1900 and 1904 systems")
    func serials() {
        #expect(
            HearingWorkbookReader.serial(46_346.420_138_888_89, date1904: false, timeOnly: false) == "2026/11/20 10:05")
        #expect(HearingWorkbookReader.serial(46_346, date1904: false, timeOnly: false) == "2026/11/20")
        #expect(HearingWorkbookReader.serial(0.420_138_888_89, date1904: false, timeOnly: true) == "10:05")
        #expect(HearingWorkbookReader.serial(44_884, date1904: true, timeOnly: false) == "2026/11/20")
        #expect(HearingWorkbookReader.serial(-1, date1904: false, timeOnly: false) == "-1.0")
    }
}
