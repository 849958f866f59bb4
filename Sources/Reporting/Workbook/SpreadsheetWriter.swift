/// A small SpreadsheetML (ECMA-376 Part 1, §18) writer: worksheets of text and empty styled
/// cells, column widths, hidden columns and sheets, merged cells and drop-down lists, packed as
/// an .xlsx with `StoredZip`. Just what the hearing sheet needs; every text is XML-escaped.
struct SpreadsheetWriter {
    /// Cell styles, the `cellXfs` indexes of `styles`.
    enum Style: Int {
        case plain = 0, title, section, label, answer, date, time, header
    }

    struct Cell {
        let column: Int
        let text: String?
        let style: Style
        /// A number (a date or time serial in a date or time style) instead of text.
        var number: Double? = nil
    }

    struct Column {
        let width: Double
        var hidden = false
    }

    struct Sheet {
        let name: String
        var hidden = false
        var columns: [Column] = []
        var rows: [[Cell]] = []
        var merges: [String] = []
        /// Drop-down lists: the cell range and its choices.
        var lists: [(range: String, choices: [String])] = []

        /// Adds a row; returns its 1-based number.
        @discardableResult
        mutating func add(_ cells: [Cell]) -> Int {
            rows.append(cells)
            return rows.count
        }
    }

    var sheets: [Sheet] = []

    /// The .xlsx bytes.
    func workbook() -> [UInt8] {
        var zip = StoredZip()
        zip.add("[Content_Types].xml", Array(contentTypes().utf8))
        zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(workbookXML().utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships().utf8))
        zip.add("xl/styles.xml", Array(Self.styles.utf8))
        for (index, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array(worksheet(sheet).utf8))
        }
        return zip.archive()
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private func contentTypes() -> String {
        let type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = Self.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(type).sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(type).styles+xml"/>"#
        for index in sheets.indices {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="\#(type).worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    private static let packageRelationships =
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private func workbookXML() -> String {
        var xml = Self.header + #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)"><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            let state = sheet.hidden ? #" state="hidden""# : ""
            xml +=
                #"<sheet name="\#(Self.escape(sheet.name))" sheetId="\#(index + 1)"\#(state) r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    private func workbookRelationships() -> String {
        var xml = Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in sheets.indices {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(Self.relationships)/worksheet" "#
            xml += #"Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(Self.relationships)/styles" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    private func worksheet(_ sheet: Sheet) -> String {
        var xml = Self.header + #"<worksheet xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)">"#
        if !sheet.columns.isEmpty {
            xml += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                let hidden = column.hidden ? #" hidden="1""# : ""
                xml +=
                    #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(column.width)" customWidth="1"\#(hidden)/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (index, cells) in sheet.rows.enumerated() {
            xml += #"<row r="\#(index + 1)">"#
            for cell in cells {
                let reference = Self.column(cell.column) + String(index + 1)
                let style = cell.style == .plain ? "" : #" s="\#(cell.style.rawValue)""#
                if let number = cell.number, number.isFinite {
                    xml += #"<c r="\#(reference)"\#(style)><v>\#(number)</v></c>"#
                } else if let text = cell.text {
                    xml += #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">"#
                    xml += Self.escape(text) + "</t></is></c>"
                } else {
                    xml += #"<c r="\#(reference)"\#(style)/>"#
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += #"<mergeCells count="\#(sheet.merges.count)">"#
            xml += sheet.merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
        }
        if !sheet.lists.isEmpty {
            xml += #"<dataValidations count="\#(sheet.lists.count)">"#
            for list in sheet.lists {
                // An inline list is one quoted formula of comma-separated choices (§18.3.1.32).
                let choices = list.choices.map { $0.replacingOccurrences(of: ",", with: "、") }.joined(separator: ",")
                xml += #"<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="\#(list.range)">"#
                xml +=
                    "<formula1>\"" + Self.escape(choices.replacingOccurrences(of: "\"", with: "\"\"")) + "\"</formula1>"
                xml += "</dataValidation>"
            }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }

    /// Fonts, fills, borders and the cell formats `Style` names: dates `yyyy/mm/dd`, times `hh:mm`.
    private static let styles =
        header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/><numFmt numFmtId="165" formatCode="hh:mm"/></numFmts>"#
        + #"<fonts count="3"><font><sz val="11"/><name val="Meiryo UI"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Meiryo UI"/></font><font><b/><sz val="14"/><name val="Meiryo UI"/></font></fonts>"#
        + #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFF9DB"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">"#
        + #"<alignment vertical="top" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1">"#
        + #"<alignment vertical="top" wrapText="1"/></xf>"#
        + #"<xf numFmtId="164" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    /// `A`, `B`, … `Z`, `AA` for 0, 1, … 25, 26.
    static func column(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Text as XML character data; characters XML 1.0 cannot carry are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
