import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses one buffered SpreadsheetML part with Foundation's XMLParser (SAX: nothing but the
/// results is kept). External entities are not resolved.
final class WorkbookPartParser: NSObject, XMLParserDelegate {
    private let name: WorkbookPart.Name
    private var strings: [String] = []
    private var cells: [WorkbookCell] = []
    private var dateFormats: Set<Int> = []
    private var timeFormats: Set<Int> = []
    private var customFormats: [Int: String] = [:]
    private var date1904 = false
    private(set) var truncated = false

    // Where the parser is.
    private var text = ""
    private var collecting = false
    private var phonetic = 0
    private var inCellFormats = false
    private var formatIndex = 0
    private var cell: (row: Int, column: Int, type: String, style: Int)?
    private var nextRow = 0
    private var nextColumn = 0
    private var cellText = ""
    private var value: String?

    init(name: WorkbookPart.Name) { self.name = name }

    /// The part's content from its bytes.
    static func parse(_ bytes: [UInt8], name: WorkbookPart.Name) -> (WorkbookPart.Content, truncated: Bool) {
        let delegate = WorkbookPartParser(name: name)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        // XMLParser stops at the first error: what came before it is kept, and the part was not
        // read whole (as a part cut at the limit, which ends in such an error). Foundation on
        // Linux answers true even then: the error is what tells.
        let parsedWhole = parser.parse() && parser.parserError == nil
        return (delegate.content, delegate.truncated || !parsedWhole)
    }

    private var content: WorkbookPart.Content {
        switch name {
        case .sharedStrings: return .sharedStrings(strings)
        case .worksheet: return .worksheet(cells)
        case .styles: return .styles(dateFormats: dateFormats, timeFormats: timeFormats)
        case .workbook: return .workbook(date1904: date1904)
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let local = element.split(separator: ":").last.map(String.init) ?? element
        switch (name, local) {
        case (.sharedStrings, "si"): cellText = ""
        case (.sharedStrings, "rPh"), (.worksheet, "rPh"): phonetic += 1
        case (_, "t") where phonetic == 0: collecting = true; text = ""
        case (.worksheet, "row"):
            nextRow = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? nextRow
            nextColumn = 0
        case (.worksheet, "c"):
            let place = attributes["r"].flatMap(Self.reference) ?? (nextRow, nextColumn)
            cell = (place.0, place.1, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            cellText = ""
            value = nil
        case (.worksheet, "v"): collecting = true; text = ""
        case (.styles, "numFmt"):
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case (.styles, "cellXfs"): inCellFormats = true; formatIndex = 0
        case (.styles, "xf") where inCellFormats:
            let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
            switch Self.kind(ofFormat: id, code: customFormats[id]) {
            case .date?: dateFormats.insert(formatIndex)
            case .time?: timeFormats.insert(formatIndex)
            case nil: break
            }
            formatIndex += 1
        case (.workbook, "workbookPr"):
            date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
    ) {
        let local = element.split(separator: ":").last.map(String.init) ?? element
        switch (name, local) {
        case (_, "rPh"): phonetic = max(0, phonetic - 1)
        case (_, "t") where collecting:
            collecting = false
            cellText += text
        case (.sharedStrings, "si"):
            strings.append(String(cellText.prefix(WorkbookCell.textLimit)))
        case (.worksheet, "v"):
            collecting = false
            value = text
        case (.worksheet, "c"):
            defer { cell = nil }
            guard let cell else { return }
            nextRow = cell.row
            nextColumn = cell.column + 1
            guard cells.count < WorkbookCell.limit else {
                truncated = true
                return
            }
            let stored: WorkbookCell.Value?
            switch cell.type {
            case "s": stored = value.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.map { .shared($0) }
            case "inlineStr": stored = .text(cellText)
            case "str", "b": stored = value.map { .text($0) }
            // An ISO 8601 date cell (§18.18.11): `2026-11-20T10:05:00` reads as a date and time.
            case "d": stored = value.map { .text($0.replacingOccurrences(of: "T", with: " ")) }
            case "e": stored = nil
            default: stored = value.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { .number($0) }
            }
            if let stored {
                let bounded: WorkbookCell.Value =
                    if case .text(let text) = stored { .text(String(text.prefix(WorkbookCell.textLimit))) } else {
                        stored
                    }
                cells.append(WorkbookCell(row: cell.row, column: cell.column, value: bounded, style: cell.style))
            }
        case (.styles, "cellXfs"): inCellFormats = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard collecting, text.count < WorkbookCell.textLimit else { return }
        text += string
    }

    /// `C12` → (11, 2).
    static func reference(_ text: String) -> (Int, Int)? {
        var column = 0
        var digits = Substring(text)
        while let first = digits.first, first.isASCII, first.isLetter {
            column = column * 26 + Int(first.uppercased().unicodeScalars.first!.value - 64)
            digits = digits.dropFirst()
            if column > 16_384 { return nil }
        }
        guard column > 0, let row = Int(digits), row > 0, row <= 1_048_576 else { return nil }
        return (row - 1, column - 1)
    }

    enum FormatKind { case date, time }

    /// Built-in formats 14–22 and 45–47 (ECMA-376 Part 1, §18.8.30); a custom code by its letters
    /// outside quotes and brackets: y or d is a date, h or s without them a time.
    static func kind(ofFormat id: Int, code: String?) -> FormatKind? {
        switch id {
        case 14...17, 22, 27...36, 50...58: return .date
        case 18...21, 45...47: return .time
        default: break
        }
        guard let code else { return nil }
        var letters = ""
        var quoted = false
        var bracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default: if !quoted && !bracket { letters.append(character) }
            }
        }
        if letters.contains("y") || letters.contains("d") || letters.contains("e") && letters.contains("m") {
            return .date
        }
        return letters.contains("h") || letters.contains("s") ? .time : nil
    }
}
