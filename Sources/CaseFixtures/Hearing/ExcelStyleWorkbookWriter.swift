import Foundation

/// Writes a workbook the way Excel saves one (deflated parts, `[Content_Types].xml` first,
/// strings in `xl/sharedStrings.xml` with rich-text runs and phonetic readings, dates in
/// built-in format 14 and times in format 20), so that the reader is tested against Excel's
/// shapes as well as caseintake's own inline strings and LibreOffice's output.
public enum ExcelStyleWorkbookWriter {
    /// A cell as Excel stores it.
    public enum Cell: Sendable {
        /// A shared string.
        case text(String)
        /// A shared string in rich-text runs (`<r><t>…</t></r>`), as after bolding part of a cell.
        case runs([String])
        /// A shared string with a phonetic reading (`<rPh>`), as Japanese IME input leaves.
        case phonetic(String, reading: String)
        /// A date serial shown by built-in format 14 (`m/d/yyyy`).
        case date(Double)
        /// A time serial shown by built-in format 20 (`h:mm`).
        case time(Double)
        /// A plain number.
        case number(Double)
    }

    /// The .xlsx bytes of one visible sheet holding `rows` (columns A, B, C, … from index 0),
    /// and, when `marker` is given, a hidden second sheet with it in A1.
    public static func workbook(rows: [[Cell?]], marker: String? = nil) throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var strings: [String] = []
        func shared(_ xml: String) -> Int {
            strings.append(xml)
            return strings.count - 1
        }
        var sheets: [String] = []
        for sheetRows in [rows] + (marker.map { [[Cell.text($0)]] }.map { [$0] } ?? []) {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            xml += #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationships)"><sheetData>"#
            for (rowIndex, cells) in sheetRows.enumerated() where cells.contains(where: { $0 != nil }) {
                xml += #"<row r="\#(rowIndex + 1)" spans="1:4">"#
                for (column, cell) in cells.enumerated() {
                    guard let cell else { continue }
                    let reference = String(UnicodeScalar(UInt8(65 + column))) + String(rowIndex + 1)
                    switch cell {
                    case .text(let text):
                        xml += #"<c r="\#(reference)" t="s"><v>\#(shared("<t>\(escape(text))</t>"))</v></c>"#
                    case .runs(let runs):
                        let body = runs.map {
                            #"<r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">\#(escape($0))</t></r>"#
                        }
                        xml += #"<c r="\#(reference)" t="s"><v>\#(shared(body.joined()))</v></c>"#
                    case .phonetic(let text, let reading):
                        let body =
                            "<t>\(escape(text))</t><rPh sb=\"0\" eb=\"\(text.count)\"><t>\(escape(reading))</t></rPh>"
                        xml += #"<c r="\#(reference)" t="s"><v>\#(shared(body + #"<phoneticPr fontId="1"/>"#))</v></c>"#
                    case .date(let serial): xml += #"<c r="\#(reference)" s="1"><v>\#(serial)</v></c>"#
                    case .time(let serial): xml += #"<c r="\#(reference)" s="2"><v>\#(serial)</v></c>"#
                    case .number(let number): xml += #"<c r="\#(reference)"><v>\#(number)</v></c>"#
                    }
                }
                xml += "</row>"
            }
            sheets.append(xml + "</sheetData></worksheet>")
        }
        let sharedStrings =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<sst xmlns="\#(main)" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
            + strings.map { "<si>\($0)</si>" }.joined() + "</sst>"
        let styles =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<styleSheet xmlns="\#(main)"><fonts count="1"><font><sz val="11"/></font></fonts>"#
            + #"<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/>"#
            + #"<xf numFmtId="20" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#
        let sheetEntries = sheets.indices.map { index in
            #"<sheet name="Sheet\#(index + 1)" sheetId="\#(index + 1)"\#(index > 0 ? #" state="hidden""# : "") r:id="rId\#(index + 1)"/>"#
        }
        let workbook =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><workbookPr defaultThemeVersion="166925"/>"#
            + "<sheets>" + sheetEntries.joined() + "</sheets></workbook>"
        let type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        let contentTypes =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="\#(type).sheet.main+xml"/>"#
            + sheets.indices.map {
                #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="\#(type).worksheet+xml"/>"#
            }.joined()
            + #"<Override PartName="/xl/styles.xml" ContentType="\#(type).styles+xml"/>"#
            + #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(type).sharedStrings+xml"/></Types>"#
        let packageRelationships =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("[Content_Types].xml"), contents: Array(contentTypes.utf8))
        try zip.addFile(name: .utf8("_rels/.rels"), contents: Array(packageRelationships.utf8))
        try zip.addFile(name: .utf8("xl/workbook.xml"), contents: Array(workbook.utf8))
        for (index, sheet) in sheets.enumerated() {
            try zip.addFile(name: .utf8("xl/worksheets/sheet\(index + 1).xml"), contents: Array(sheet.utf8))
        }
        try zip.addFile(name: .utf8("xl/styles.xml"), contents: Array(styles.utf8))
        try zip.addFile(name: .utf8("xl/sharedStrings.xml"), contents: Array(sharedStrings.utf8))
        return try zip.finish()
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
