/// Reads a System Information text export (File > Export, `msinfo32 /report`): the report
/// line, the System Summary rows, and how many sections follow.
///
/// The export is UTF-16LE (with or without a byte-order mark) from Windows, or UTF-8 when
/// someone re-saved it; rows are `key<TAB>value<TAB>` [FORMATS §3]. Only the summary is
/// kept; the rest of the file is only counted, line by line, in bounded memory.
public struct MsInfoTextReader: ByteStreamParser {
    private var lines = LineReader(maxLineBytes: 8 * 1024)
    private var builder = MsInfoSummaryBuilder(format: "text")
    private var inSummary = false
    private var summaryDone = false
    private var sawColumnNames = false
    private var rowPosition = 0
    private var headerSystemName: String?

    /// Creates a reader at the start of a file.
    public init() {}

    /// Feeds the next block of the export.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        var pending: [TextLine] = []
        lines.push(bytes) { pending.append($0) }
        for line in pending { handle(line) }
    }

    /// Ends the export and returns the summary.
    public mutating func finish() -> MsInfoSummary {
        var pending: [TextLine] = []
        lines.finish { pending.append($0) }
        for line in pending { handle(line) }
        var summary = builder.finish()
        summary.systemName = summary.systemName ?? headerSystemName
        summary.lines = lines.lineCount
        summary.encoding = lines.detection?.encoding
        return summary
    }

    private mutating func handle(_ line: TextLine) {
        let text = line.text
        if let name = Self.sectionName(text) {
            builder.section(named: name)
            inSummary = !summaryDone && !inSummary
            if !inSummary { summaryDone = true }
            return
        }
        if inSummary {
            summaryRow(text)
        } else if summaryDone {
            let fields = text.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            if fields.count >= 2 { builder.detailRow(key: String(fields[0]), value: String(fields[1])) }
        } else if !summaryDone && builder.summary.sections == 0 {
            headerLine(text, number: line.number)
        }
    }

    private mutating func summaryRow(_ text: String) {
        guard !text.trimmingSpaces().isEmpty else { return }
        guard sawColumnNames else {
            sawColumnNames = true  // "Item<TAB>Value<TAB>" in the export's language
            return
        }
        let fields = text.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count >= 2 else { return }
        builder.row(key: String(fields[0]), value: String(fields[1]), position: rowPosition)
        rowPosition &+= 1
    }

    /// "System Information report written at: 01/16/26 12:22:42", then "System Name: GOMPC".
    private mutating func headerLine(_ text: String, number: Int) {
        guard let value = Self.valueAfterColon(text) else { return }
        if builder.summary.reportTime == nil && number <= 2 && value.first?.isNumber == true {
            builder.summary.reportTime = value
        } else if headerSystemName == nil {
            headerSystemName = value
        }
    }

    static func sectionName(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces()
        guard trimmed.count >= 3, trimmed.first == "[", trimmed.last == "]", !trimmed.contains("\t") else { return nil }
        return String(trimmed.dropFirst().dropLast())
    }

    static func valueAfterColon(_ text: String) -> String? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let value = String(text[text.index(after: colon)...]).trimmingSpaces()
        return value.isEmpty ? nil : value
    }
}
