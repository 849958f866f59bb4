import Foundation

/// One XML part of a returned .xlsx, as Intake streams it out of the workbook's zip
/// (`sheet.xlsx!/xl/sharedStrings.xml`), parsed into what the hearing-sheet reader needs.
public struct WorkbookPart: Sendable {
    /// What the part holds.
    public enum Content: Sendable {
        /// `xl/sharedStrings.xml`: the strings cells refer to by index (phonetic runs left out).
        case sharedStrings([String])
        /// `xl/worksheets/sheetN.xml`: its cells.
        case worksheet([WorkbookCell])
        /// `xl/styles.xml`: which cell formats (`s` indexes) show dates or times.
        case styles(dateFormats: Set<Int>, timeFormats: Set<Int>)
        /// `xl/workbook.xml`: whether serials count from 1904.
        case workbook(date1904: Bool)
    }

    /// The workbook the part belongs to (`case.zip!/ヒアリングシート.xlsx`).
    public let workbook: String
    public let content: Content
    /// Whether the part was longer than `WorkbookPart.limit` or held more cells than
    /// `WorkbookCell.limit` and was read only in part.
    public let truncated: Bool

    /// Bytes of one part kept for parsing.
    public static let limit = 2 << 20
}

/// A cell of a worksheet as stored: its place, its value and its format index.
public struct WorkbookCell: Sendable, Equatable {
    /// Cells kept per worksheet.
    public static let limit = 20_000
    /// Characters kept per cell.
    public static let textLimit = 8_192

    public enum Value: Sendable, Equatable {
        /// An index into the shared strings (`t="s"`).
        case shared(Int)
        /// Text in the cell itself (`inlineStr`, `str`, `d`, `b`).
        case text(String)
        /// A number (`n`, or no type); a date or time when its format says so.
        case number(Double)
    }

    /// 0-based row and column.
    public let row: Int
    public let column: Int
    public let value: Value
    /// The `s` attribute: an index into the cell formats of `styles.xml`.
    public let style: Int
}

extension WorkbookPart {
    /// Which part a path inside an .xlsx names, if it is one the reader needs (ECMA-376 Part 1,
    /// §12.3: the default part names Excel and LibreOffice write).
    enum Name {
        case sharedStrings, worksheet, styles, workbook

        init?(_ name: String) {
            let lowered = name.lowercased()
            switch lowered {
            case "xl/sharedstrings.xml": self = .sharedStrings
            case "xl/styles.xml": self = .styles
            case "xl/workbook.xml": self = .workbook
            default:
                guard lowered.hasPrefix("xl/worksheets/"), lowered.hasSuffix(".xml"),
                    !lowered.dropFirst(14).contains("/")
                else { return nil }
                self = .worksheet
            }
        }
    }

    /// Whether an entry is a part of an .xlsx: named like one, inside an archive, and SpreadsheetML by content.
    static func matches(layers: [String], head: UnsafeRawBufferPointer) -> Name? {
        guard layers.count >= 2, let name = Name(layers[layers.count - 1]) else { return nil }
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        return text.contains("schemas.openxmlformats.org/spreadsheetml/2006/main") ? name : nil
    }
}
