import Foundation

/// Walks a returned sheet's lines and gathers each question's and field's answer lines, and the
/// symptom lines; `HearingSheetReader` reads meaning from what it gathered.
struct SheetCollector {
    /// What the lines said.
    struct Sheet {
        var answers: [String: String] = [:]
        var fields: [String: String] = [:]
        /// The chosen symptom; nil when none was chosen.
        var symptom: Symptom?
    }

    private enum Target: Equatable {
        case question(String)
        case field(String)
    }

    private let checklist: Checklist
    private let lineFields: [HearingField]
    private let blockFields: [HearingField]
    private var target: Target?
    private var pending: [String] = []
    private var sheet = Sheet()
    private var choices: [(symptom: Symptom, ticked: Bool)] = []
    /// The checklist's words as `AnswerWords.core` writes them, worked out once per sheet rather
    /// than once per line: each question's (Japanese, English) wording, each symptom's, each item's title.
    private let questionKeys: [[String]]
    private let symptomKeys: [(symptom: Symptom, keys: [String])]
    private let itemTitleKeys: [Int: [String]]

    init(checklist: Checklist) {
        self.checklist = checklist
        lineFields = checklist.hearingFields.filter { !$0.multiline }
        blockFields = checklist.hearingFields.filter(\.multiline)
        questionKeys = checklist.questions.map { [AnswerWords.core($0.text.ja), AnswerWords.core($0.text.en)] }
        // In the order the symptoms are declared, so that a line matching two is read the same way each run.
        symptomKeys = Symptom.allCases.compactMap { symptom in
            checklist.symptoms[symptom].map { (symptom, [AnswerWords.core($0.ja), AnswerWords.core($0.en)]) }
        }
        itemTitleKeys = Dictionary(
            checklist.items.map { ($0.number, [AnswerWords.core($0.title.ja), AnswerWords.core($0.title.en)]) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Takes the next line (already without mail quoting).
    mutating func take(_ line: String) {
        if line.isEmpty || line.hasPrefix("<!--") {
            if target != nil { pending.append("") }
            return
        }
        let heading = line.hasPrefix("#")
        let text = heading ? Substring(line).drop { $0 == "#" || $0 == " " } : Substring(line)
        if let (question, rest) = question(text, heading: heading) {
            start(.question(question.id))
            if let answer = SheetLine.answer(after: rest, question: question) { pending.append(String(answer)) }
            return
        }
        if let (field, rest) = blockField(text) {
            start(.field(field.id))
            if !rest.isEmpty { pending.append(String(rest)) }
            return
        }
        if heading || isItemSection(text) || isClosing(text) {
            start(nil)
            return
        }
        if let (field, value) = lineField(SheetLine.withoutListMark(line)) {
            start(.field(field.id))
            pending.append(String(value))
            return
        }
        if target == nil {
            if let choice = symptomChoice(line) { choices.append(choice) }
            return
        }
        pending.append(line)
    }

    /// Ends the sheet and returns what it said.
    mutating func finish() -> Sheet {
        start(nil)
        let ticked = choices.filter(\.ticked)
        if ticked.count == 1 || (!ticked.isEmpty && ticked.count < choices.count) {
            sheet.symptom = ticked[0].symptom
        } else if ticked.isEmpty && choices.count == 1 && checklist.symptoms.count > 1 {
            // The other choices were deleted: the line left is the answer.
            sheet.symptom = choices[0].symptom
        }
        return sheet
    }

    private mutating func start(_ next: Target?) {
        defer {
            target = next
            pending = []
        }
        guard let target else { return }
        let lines = pending.map(SheetLine.withoutLeadingPlaceholder).filter {
            !AnswerWords.isPlaceholder($0) || $0.isEmpty
        }
        let answer = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !answer.isEmpty else { return }
        switch target {
        case .question(let id): sheet.answers[id] = answer
        case .field(let id): sheet.fields[id] = answer
        }
    }

    private static let questionNumber = try! NSRegularExpression(
        pattern: #"^(?:Q\s*)?[1１]\s*[-‐－ー―−]\s*([1-9１-９])(\s*[.．:：)）])?\s*"#)

    /// `1-3. 発生頻度を…` (a heading, or a line with the number's dot, or with the question's words),
    /// or a heading that starts like a question whose number was lost.
    private func question(_ text: Substring, heading: Bool) -> (HearingQuestion, Substring)? {
        let questions = checklist.questions
        let line = String(text)
        let whole = NSRange(line.startIndex..., in: line)
        if let match = Self.questionNumber.firstMatch(in: line, range: whole),
            let digit = Range(match.range(at: 1), in: line), let end = Range(match.range, in: line),
            let number = Int(LooseDateParser.normalize(String(line[digit]))), (1...questions.count).contains(number)
        {
            let question = questions[number - 1]
            // `end` indexes `line`, the copy the expression ran on, never `text` (a slice of the sheet).
            let rest = Substring(line[end.upperBound...])
            let punctuated = match.range(at: 2).location != NSNotFound
            let restKey = heading || punctuated ? "" : AnswerWords.core(String(rest))
            let worded = questionKeys[number - 1].contains { restKey.hasPrefix($0.prefix(8)) }
            if heading || punctuated || worded { return (question, rest) }
        }
        guard heading else { return nil }
        let key = AnswerWords.core(line)
        return zip(questions, questionKeys).first { _, keys in keys.contains { key.hasPrefix($0.prefix(12)) } }
            .map { question, _ in (question, text) }
    }

    /// A block field's title line (`### タイムライン（…）`, with or without `#`) and what follows it on the line.
    private func blockField(_ text: Substring) -> (HearingField, Substring)? {
        blockFields.lazy.compactMap { field in Self.labelled(field, text).map { (field, $0) } }.first
    }

    /// `- プログラムのバージョン（ビルド番号を含む）: 5.8 Build 1234`, or `→` instead of the colon.
    private func lineField(_ text: Substring) -> (HearingField, Substring)? {
        lineFields.lazy.compactMap { field in Self.labelled(field, text).map { (field, $0) } }.first
    }

    /// What follows a field's label on the line: the whole label, or the label without its
    /// parenthesised note when a separator, a retyped note or the end of the line follows.
    private static func labelled(_ field: HearingField, _ text: Substring) -> Substring? {
        for label in [field.label.ja, field.label.en] {
            if let end = SheetLine.labelEnd(label, in: text) { return SheetLine.trimmingSeparators(text[end...]) }
            let cut = label.firstIndex { $0 == "（" || $0 == "(" } ?? label.endIndex
            guard let end = SheetLine.labelEnd(String(label[..<cut]), in: text) else { continue }
            var rest = text[end...].drop { $0 == " " || $0 == "　" }
            if rest.first == "(" || rest.first == "（" {
                guard let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }) else { continue }
                rest = rest[rest.index(after: close)...]
                return SheetLine.trimmingSeparators(rest)
            }
            if rest.isEmpty || ":：→⇒=-".contains(rest.first!) { return SheetLine.trimmingSeparators(rest) }
        }
        return nil
    }

    /// `(6) メールサーバの種類/バージョン` written without `##`, as in a mail.
    private func isItemSection(_ text: Substring) -> Bool {
        let line = LooseDateParser.normalize(String(text)).drop { "【[■ ".contains($0) }
        guard line.first == "(", let close = line.firstIndex(of: ")"),
            let number = Int(line[line.index(after: line.startIndex)..<close]),
            let keys = itemTitleKeys[number]
        else { return false }
        let title = AnswerWords.core(String(line[line.index(after: close)...]))
        return keys.contains { title.hasPrefix($0.prefix(6)) }
    }

    /// 「以上」 or a signature separator ends the sheet's last answer.
    private func isClosing(_ text: Substring) -> Bool {
        ["以上", "以上です。", "以上です", "以上、よろしくお願いいたします。", "--"].contains(String(text))
    }

    /// A symptom line: marked, or left alone without a mark.
    private func symptomChoice(_ line: String) -> (symptom: Symptom, ticked: Bool)? {
        let item = SheetLine.withoutListMark(line)
        let mark = SymptomChoice.mark(String(item))
        let text = AnswerWords.core(mark?.text ?? String(item))
        for (symptom, keys) in symptomKeys where keys.contains(where: { text.hasPrefix($0.prefix(8)) }) {
            return (symptom, mark?.ticked ?? false)
        }
        return nil
    }

    /// A label up to its parenthesised note: `プログラムのバージョン（ビルド番号を含む）` → `プログラムのバージョン`.
    private static func shortLabel(_ label: String) -> String {
        let cut = label.firstIndex { $0 == "（" || $0 == "(" } ?? label.endIndex
        return String(label[..<cut])
    }
}
