import Foundation

/// How customers mark the symptom: `[x]` and its many cousins, a bare mark before the line, or
/// deleting the other lines; and, when nothing is marked, what the words of 1-1 suggest (the
/// checklist's words).
enum SymptomChoice {
    /// What stands in the brackets of a ticked line, after NFKC (`[ｘ]` is `[x]`).
    static let bracketTicks: Set<String> = ["x", "〇", "○", "◯", "●", "✓", "✔", "☑", "レ", "v", "*", "✅", "☒", "■", "o"]
    /// Marks written instead of `[x]` at the start of a line.
    static let bareTicks: Set<Character> = ["☑", "☒", "■", "●", "✓", "✔", "✅", "〇", "○", "◯", "レ"]
    /// Marks that say "not chosen".
    static let bareBlanks: Set<Character> = ["☐", "□"]

    /// A symptom line: whether it is ticked and the text after the mark; nil when the line has no
    /// mark at all (it may still be a choice left alone, see `HearingSheetReader`).
    static func mark(_ line: String) -> (ticked: Bool, text: String)? {
        let trimmed = LooseDateParser.normalize(line).trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") {
            let inside = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            return (bracketTicks.contains(inside.lowercased()), String(trimmed[trimmed.index(after: close)...]))
        }
        if let first = trimmed.first, bareTicks.contains(first) || bareBlanks.contains(first) {
            return (bareTicks.contains(first), String(trimmed.dropFirst()))
        }
        return nil
    }

    /// The symptom the words of `answer` name, when exactly one does: `words` is the checklist's
    /// `symptomWords` (Templates/checklists/*.yaml, `words:` under each symptom).
    static func inferred(from answer: String, words: [Symptom: [String]]) -> Symptom? {
        let key = AnswerWords.core(answer)
        let named = words.filter { _, words in words.contains { !$0.isEmpty && key.contains(AnswerWords.core($0)) } }
        return named.count == 1 ? named.first?.key : nil
    }
}
