import Foundation
import Markdown

/// Reads a filled hearing sheet (caseintake's Markdown questionnaire, possibly edited by the
/// customer) through cmark's tree: which questions are answered, the ticked symptom, the fields,
/// the incident times and the timeline.
public enum HearingSheetReader {
    /// Answers that mean "not answered": the sheet's own placeholders, empty marks, and words
    /// for "unknown" or "not done" (which leave the question open; "なし" / "none" answers it).
    static let placeholders: Set<String> = [
        "（未記入）", "(未記入)", "未記入", "(not answered)", "not answered", "-", "ー", "…", "...", "tbd", "（記入してください）",
        "不明", "わからない", "わかりません", "分からない", "分かりません", "未確認", "未実施", "確認中", "調査中",
        "n/a", "na", "unknown", "not known", "not done", "not yet", "?", "？",
    ]

    public static func read(_ text: String, source: String, checklist: Checklist, timeZone: TimeZone) -> HearingAnswers
    {
        let blocks = MarkdownDocument.parse(text)
        let questions = checklist.questions
        let fields = checklist.hearingFields
        var answers: [String: String] = [:]
        var values: [String: String] = [:]
        var symptom = Symptom.unknown
        var target: Target?
        var collected: [String] = []

        func flush() {
            let answer = collected.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if let target, isAnswer(answer) {
                switch target {
                case .question(let id): answers[id] = answer
                case .field(let id): values[id] = answer
                }
            }
            collected = []
        }

        for block in blocks {
            switch block {
            case .heading(_, let title):
                flush()
                target = questionTarget(title, questions) ?? fieldTarget(title, fields.filter(\.multiline))
            case .list(_, let items):
                for item in items {
                    let line = item.map(\.plainText).joined(separator: "\n")
                    if let ticked = tickedSymptom(line, checklist) { symptom = ticked; continue }
                    if let (id, value) = fieldLine(line, fields.filter { !$0.multiline }) {
                        if isAnswer(value) { values[id] = value }
                        continue
                    }
                    if target != nil { collected.append(line) }
                }
            case .html(let raw):
                // Before any question this is the sheet's marker comment; under a question it is an
                // answer the customer happened to start with `<` (kept as text, never rendered).
                if target != nil { collected.append(raw) }
            default:
                if target != nil { collected.append(block.plainText) }
            }
        }
        flush()

        let year = defaultYear(in: text, timeZone: timeZone)
        let parser = LooseDateParser(timeZone: timeZone, defaultYear: year)
        let timeline = (values["timeline"] ?? "").split(whereSeparator: \.isNewline).compactMap { line in
            parser.leadingDate(in: String(line)).map { TimelineEntry(time: $0.date, text: $0.rest) }
        }
        let incidents = parser.dates(in: answers["when"] ?? "")
        return HearingAnswers(
            source: source, symptom: symptom, answers: answers, fields: values,
            incidentTimes: incidents.isEmpty ? Array(timeline.prefix(1).map(\.time)) : incidents, timeline: timeline)
    }

    private enum Target {
        case question(String)
        case field(String)
    }

    static func isAnswer(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return !trimmed.isEmpty && !placeholders.contains(trimmed.lowercased())
    }

    /// `1-3. 発生頻度を…` or a heading that starts like the question (the number may be lost).
    private static func questionTarget(_ title: String, _ questions: [HearingQuestion]) -> Target? {
        let normalized = LooseDateParser.normalize(title).trimmingCharacters(in: .whitespaces)
        let digits = normalized.drop { !$0.isNumber }
        if normalized.hasPrefix("1-") || normalized.hasPrefix("1‐"),
            let number = Int(digits.dropFirst(2).prefix { $0.isNumber }), (1...questions.count).contains(number)
        {
            return .question(questions[number - 1].id)
        }
        let key = core(normalized)
        return questions.first {
            key.hasPrefix(core($0.text.ja).prefix(12)) || key.hasPrefix(core($0.text.en).prefix(12))
        }
        .map { .question($0.id) }
    }

    private static func fieldTarget(_ title: String, _ fields: [HearingField]) -> Target? {
        let key = core(title)
        return fields.first { key.hasPrefix(core(label: $0.label.ja)) || key.hasPrefix(core(label: $0.label.en)) }
            .map { .field($0.id) }
    }

    /// `- プログラムのバージョン（ビルド番号を含む）: 5.8 Build 1234`.
    private static func fieldLine(_ line: String, _ fields: [HearingField]) -> (String, String)? {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = core(String(line[..<colon]))
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard
            let field = fields.first(where: {
                label.hasPrefix(core(label: $0.label.ja)) || label.hasPrefix(core(label: $0.label.en))
            })
        else { return nil }
        return (field.id, value)
    }

    /// `[x] 通知メールが全く送信されない` (cmark keeps task-list marks as text).
    private static func tickedSymptom(_ line: String, _ checklist: Checklist) -> Symptom? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[x]") || trimmed.hasPrefix("[X]") || trimmed.hasPrefix("[ｘ]") || trimmed.hasPrefix("■")
        else { return nil }
        let text = core(String(trimmed.dropFirst(trimmed.hasPrefix("■") ? 1 : 3)))
        return checklist.symptoms.first {
            text.hasPrefix(core($0.value.ja).prefix(8)) || text.hasPrefix(core($0.value.en).prefix(8))
        }?.key
    }

    /// Text without spaces, case or width differences, for matching what a customer may retype.
    private static func core(_ text: String) -> String {
        LooseDateParser.normalize(text).lowercased().filter { !$0.isWhitespace }
    }

    /// A label up to its parenthesised note: `プログラムのバージョン（ビルド番号を含む）` → `プログラムのバージョン`.
    private static func core(label: String) -> String {
        let cut = label.firstIndex { $0 == "（" || $0 == "(" } ?? label.endIndex
        return core(String(label[..<cut]))
    }

    /// The year of the first full date in the sheet, else the current year in the case's zone.
    private static func defaultYear(in text: String, timeZone: TimeZone) -> Int {
        let normalized = LooseDateParser.normalize(text)
        if let match = normalized.range(of: #"(19|20)\d{2}\s*[/\-年]"#, options: .regularExpression),
            let year = Int(normalized[match].prefix(4))
        {
            return year
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: Date())
    }
}
