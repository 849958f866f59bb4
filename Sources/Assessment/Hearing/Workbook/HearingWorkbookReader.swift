import Foundation

/// Reads returned Excel hearing sheets from the parts Intake streamed out of each .xlsx: the
/// rows caseintake's workbook named in its hidden column D (`HearingWorkbookLayout`), with the
/// customer's answers in column C, whether Excel or LibreOffice saved them (shared or inline
/// strings, numbers, date serials and date-formatted cells).
enum HearingWorkbookReader {
    /// A workbook's parts, gathered.
    struct Workbook {
        var strings: [String] = []
        var worksheets: [[WorkbookCell]] = []
        var dateFormats: Set<Int> = []
        var timeFormats: Set<Int> = []
        var date1904 = false
    }

    /// The parts of every workbook in the case, by workbook path, in walk order.
    static func workbooks(in parts: [WorkbookPart]) -> [(path: String, workbook: Workbook)] {
        var order: [String] = []
        var books: [String: Workbook] = [:]
        for part in parts {
            if books[part.workbook] == nil { order.append(part.workbook) }
            var book = books[part.workbook] ?? Workbook()
            switch part.content {
            case .sharedStrings(let strings): book.strings = strings
            case .worksheet(let cells): book.worksheets.append(cells)
            case .styles(let dates, let times): (book.dateFormats, book.timeFormats) = (dates, times)
            case .workbook(let date1904): book.date1904 = date1904
            }
            books[part.workbook] = book
        }
        return order.map { ($0, books[$0]!) }
    }

    /// The sheet's answers, when the workbook is caseintake's hearing sheet (its marker, or rows
    /// keyed in column D); nil for any other workbook.
    static func sheet(_ book: Workbook, checklist: Checklist) -> SheetCollector.Sheet? {
        var keyed: [(key: String, row: [Int: String])] = []
        var marked = false
        for cells in book.worksheets {
            var rows: [Int: [Int: String]] = [:]
            for cell in cells {
                let text = self.text(cell, in: book).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                if text.contains(HearingWorkbookLayout.marker) { marked = true }
                rows[cell.row, default: [:]][cell.column] = text
            }
            for number in rows.keys.sorted() {
                guard let row = rows[number], let key = row[3] else { continue }
                keyed.append((key, row))
            }
        }
        let questionRows = keyed.filter { $0.key.hasPrefix(HearingWorkbookLayout.questionKey("")) }.count
        guard marked || questionRows >= 3 else { return nil }

        var sheet = SheetCollector.Sheet()
        var timeline: [String] = []
        for (key, row) in keyed {
            let answer = row[2].map { SheetLine.withoutLeadingPlaceholder($0) }
            if key == HearingWorkbookLayout.timelineKey {
                let line = [row[0], row[1], row[2]].compactMap { $0 }.joined(separator: " ")
                if !line.isEmpty { timeline.append(line) }
            } else if key == HearingWorkbookLayout.symptomKey {
                sheet.symptom = answer.flatMap { symptom(named: $0, checklist: checklist) }
            } else if let answer, !AnswerWords.isPlaceholder(answer) {
                if key.hasPrefix(HearingWorkbookLayout.questionKey("")) {
                    sheet.answers[String(key.dropFirst(HearingWorkbookLayout.questionKey("").count))] = answer
                } else if key.hasPrefix(HearingWorkbookLayout.fieldKey("")) {
                    sheet.fields[String(key.dropFirst(HearingWorkbookLayout.fieldKey("").count))] = answer
                }
            }
        }
        if !timeline.isEmpty { sheet.fields["timeline"] = timeline.joined(separator: "\n") }
        return sheet
    }

    private static func symptom(named text: String, checklist: Checklist) -> Symptom? {
        let key = AnswerWords.core(text)
        return checklist.symptoms.first { _, label in
            [label.ja, label.en].contains { key.hasPrefix(AnswerWords.core($0).prefix(8)) }
        }?.key
    }

    /// A cell as text: shared strings resolved, date and time serials written `2026/11/20 10:05`.
    static func text(_ cell: WorkbookCell, in book: Workbook) -> String {
        switch cell.value {
        case .shared(let index): return book.strings.indices.contains(index) ? book.strings[index] : ""
        case .text(let text): return text
        case .number(let number):
            if book.dateFormats.contains(cell.style) || book.timeFormats.contains(cell.style) {
                return serial(number, date1904: book.date1904, timeOnly: book.timeFormats.contains(cell.style))
            }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        }
    }

    /// A serial date (days since 1899-12-30, or 1904-01-01) as wall-clock text.
    static func serial(_ value: Double, date1904: Bool, timeOnly: Bool) -> String {
        guard value.isFinite, value >= 0, value < 2_958_466 else { return String(value) }
        var seconds = (value * 86_400).rounded()
        let days = floor(seconds / 86_400)
        seconds -= days * 86_400
        let clock = String(format: "%02d:%02d", Int(seconds) / 3600, Int(seconds) % 3600 / 60)
        if timeOnly && days == 0 || days == 0 && !date1904 { return clock }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin =
            date1904 ? DateComponents(year: 1904, month: 1, day: 1) : DateComponents(year: 1899, month: 12, day: 30)
        guard let start = calendar.date(from: origin),
            let date = calendar.date(byAdding: .day, value: Int(days), to: start)
        else { return String(value) }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let day = String(format: "%04d/%02d/%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return seconds > 0 || timeOnly ? day + " " + clock : day
    }
}
