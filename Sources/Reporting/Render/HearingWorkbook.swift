import Assessment
import Foundation

/// The questionnaire as an Excel workbook (`caseintake hearing-sheet --format xlsx`): the
/// instructions, one row per question with a yellow answer cell, the symptom as a drop-down,
/// the version and mail-server fields, and a timeline table with date and time cells. Its words
/// come from `hearing/hearing-workbook.<lang>.txt.mustache`; the hidden column D and the hidden
/// `caseintake` sheet (`HearingWorkbookLayout`) let the returned workbook be read back.
public enum HearingWorkbook {
    /// Empty timeline rows offered.
    static let timelineRows = 12

    /// The .xlsx bytes; with `answers`, the answer cells hold what is already known, for the
    /// customer to confirm (timeline times as wall-clock date and time cells in `timeZone`).
    public static func render(
        _ checklist: Checklist, language: ReportLanguage, templates: ReportTemplates, answers: HearingAnswers? = nil,
        timeZone: TimeZone = TimeZone(identifier: "Asia/Tokyo")!
    ) throws -> [UInt8] {
        let pick: (LocalizedText) -> String = { language == .ja ? $0.ja : $0.en }
        let words = try self.words(checklist, language: language, templates: templates, pick: pick)
        func word(_ key: String) -> String { words[key]?.first ?? key }

        typealias Cell = SpreadsheetWriter.Cell
        var sheet = SpreadsheetWriter.Sheet(name: word("sheet"))
        sheet.columns = [.init(width: 12), .init(width: 58), .init(width: 58), .init(width: 24, hidden: true)]
        sheet.add([Cell(column: 0, text: word("title"), style: .title)])
        for line in words["instructions"] ?? [] {
            let row = sheet.add([Cell(column: 0, text: line, style: .plain)])
            sheet.merges.append("A\(row):C\(row)")
        }
        sheet.add([])

        let symptoms = [Symptom.notSent, .garbled, .other].compactMap { checklist.symptoms[$0].map(pick) }
        let symptomRow = sheet.add([
            Cell(column: 0, text: word("symptom"), style: .section),
            Cell(column: 1, text: word("symptom"), style: .label),
            Cell(column: 2, text: answers.flatMap { checklist.symptoms[$0.symptom] }.map(pick), style: .answer),
            Cell(column: 3, text: HearingWorkbookLayout.symptomKey, style: .plain),
        ])
        sheet.lists.append((range: "C\(symptomRow)", choices: symptoms))

        for item in checklist.items {
            let fields = checklist.hearingFields(of: item).filter { $0.id != "timeline" }
            guard !item.questions.isEmpty || !fields.isEmpty else { continue }
            sheet.add([])
            sheet.add([Cell(column: 0, text: "(\(item.number)) \(pick(item.title))", style: .section)])
            sheet.add(header(word("number"), word("question"), word("answer")))
            for (index, question) in item.questions.enumerated() {
                sheet.add(
                    row(
                        "\(item.number)-\(index + 1)", pick(question.text), answers?.answers[question.id],
                        key: HearingWorkbookLayout.questionKey(question.id)))
            }
            for field in fields {
                sheet.add(
                    row(
                        "(\(item.number))", pick(field.label), answers?.fields[field.id],
                        key: HearingWorkbookLayout.fieldKey(field.id)))
            }
        }

        if let timeline = checklist.hearingFields.first(where: { $0.id == "timeline" }),
            let item = checklist.items.first(where: { $0.number == timeline.itemNumber })
        {
            sheet.add([])
            sheet.add([Cell(column: 0, text: "(\(item.number)) \(pick(item.title))", style: .section)])
            sheet.add(header(word("date"), word("time"), word("what")))
            let entries = answers?.timeline ?? []
            for index in 0..<max(timelineRows, entries.count + 4) {
                let entry = entries.indices.contains(index) ? entries[index] : nil
                let (day, time) = entry.map { serial($0.time, in: timeZone) } ?? (nil, nil)
                sheet.add([
                    Cell(column: 0, text: nil, style: .date, number: day),
                    Cell(column: 1, text: nil, style: .time, number: time),
                    Cell(column: 2, text: entry?.text, style: .answer),
                    Cell(column: 3, text: HearingWorkbookLayout.timelineKey, style: .plain),
                ])
            }
        }

        var marker = SpreadsheetWriter.Sheet(name: HearingWorkbookLayout.markerSheetName, hidden: true)
        marker.add([
            Cell(column: 0, text: HearingWorkbookLayout.marker, style: .plain),
            Cell(column: 1, text: checklist.id, style: .plain),
        ])
        return SpreadsheetWriter(sheets: [sheet, marker]).workbook()
    }

    private static func header(_ first: String, _ second: String, _ third: String) -> [SpreadsheetWriter.Cell] {
        [
            .init(column: 0, text: first, style: .header), .init(column: 1, text: second, style: .header),
            .init(column: 2, text: third, style: .header),
        ]
    }

    private static func row(_ number: String, _ text: String, _ answer: String?, key: String)
        -> [SpreadsheetWriter.Cell]
    {
        [
            .init(column: 0, text: number, style: .label), .init(column: 1, text: text, style: .label),
            .init(column: 2, text: answer, style: .answer), .init(column: 3, text: key, style: .plain),
        ]
    }

    /// A time as Excel's serial day (days since 1899-12-30) and serial time of day, wall clock in `timeZone`.
    static func serial(_ date: Date, in timeZone: TimeZone) -> (day: Double, time: Double) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let day = utc.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day)) ?? date
        let origin = utc.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        let seconds = Double((parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0))
        return ((day.timeIntervalSince(origin) / 86_400).rounded(), seconds / 86_400)
    }

    /// The template's `key=text` lines; a key may repeat (instructions).
    private static func words(
        _ checklist: Checklist, language: ReportLanguage, templates: ReportTemplates,
        pick: (LocalizedText) -> String
    ) throws -> [String: [String]] {
        let values = ["product": pick(checklist.product), "title": pick(checklist.problem)]
        let text = try templates.render(values, template: "hearing/hearing-workbook.\(language.rawValue).txt")
        var words: [String: [String]] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            guard let equals = line.firstIndex(of: "=") else { continue }
            words[String(line[..<equals]), default: []].append(String(line[line.index(after: equals)...]))
        }
        return words
    }
}
