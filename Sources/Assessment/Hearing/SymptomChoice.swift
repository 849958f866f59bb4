import Foundation

/// How customers mark the symptom: `[x]` and its many cousins, a bare mark before the line, or
/// deleting the other lines; and, when nothing is marked, what the words of 1-1 suggest.
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

    /// Words of an answer to 1-1 that name a symptom, Japanese and English.
    static let inferenceWords: [(Symptom, [String])] = [
        (
            .garbled,
            ["文字化け", "化けて", "化ける", "garbled", "mojibake", "brokencharacters", "unreadablecharacters"]
        ),
        (
            .notSent,
            [
                "届かない", "届きません", "届いていない", "届いておりません", "送信されない", "送信されません", "送信されていない", "送られてこない", "送られない",
                "受信できない", "受信できません", "通知されない", "通知されません", "notdelivered", "notsent", "neverarrive",
                "doesnotarrive", "doesn'tarrive", "notreceived", "isnotsent", "arenotsent",
            ]
        ),
    ]

    /// The symptom the words of `answer` name, when exactly one does.
    static func inferred(from answer: String) -> Symptom? {
        let key = AnswerWords.core(answer)
        let named = inferenceWords.filter { _, words in words.contains { key.contains($0) } }.map(\.0)
        return named.count == 1 ? named[0] : nil
    }
}
