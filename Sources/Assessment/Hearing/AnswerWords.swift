import Foundation

/// What an answer's words mean: the sheet's own placeholder (still open), or 「不明」「未実施」「なし」
/// (the customer's answer, flagged).
enum AnswerWords {
    /// Left as the sheet gave it or written to say "later": the question stays open.
    static let placeholders: Set<String> = [
        "(未記入)", "未記入", "(notanswered)", "notanswered", "-", "ー", "―", "…", "...", "tbd", "(記入してください)",
        "確認中", "調査中", "?", "後日回答", "後ほど回答",
    ]

    /// Answers that say "unknown", "not done" or "nothing", after `core` and without a polite ending.
    static let flagged: [String: AnswerFlag] = {
        var words: [String: AnswerFlag] = [:]
        for word in [
            "不明", "わからない", "わかりません", "分からない", "分かりません", "未確認", "把握していない", "把握しておりません", "unknown",
            "notknown", "don'tknow", "idon'tknow", "notsure",
        ] { words[word] = .unknown }
        for word in [
            "未実施", "実施していない", "実施していません", "実施しておりません", "特に実施していない", "特に実施していません", "未対応", "notdone",
            "notyet", "nothingdoneyet",
        ] { words[word] = .notDone }
        for word in [
            "なし", "無し", "特になし", "特に無し", "ない", "ありません", "特にありません", "ございません", "特にございません", "該当なし", "none",
            "nothing", "n/a", "na", "no",
        ] { words[word] = .nothing }
        return words
    }()

    /// Whether `text` still holds an answer once placeholders are taken away.
    static func isPlaceholder(_ text: String) -> Bool {
        let key = core(text)
        return key.isEmpty || placeholders.contains(key)
    }

    /// The flag of an answer made only of such words (「不明です。」 → unknown); nil for any other answer.
    static func flag(of answer: String) -> AnswerFlag? {
        var key = core(answer)
        while let last = key.last, "。.!！、".contains(last) { key.removeLast() }
        for ending in ["でございます", "です", "でした"] where key.hasSuffix(ending) {
            key.removeLast(ending.count)
        }
        return flagged[key]
    }

    /// Text without spaces, case or width differences, for matching what a customer may retype.
    static func core(_ text: String) -> String {
        LooseDateParser.normalize(text).lowercased().filter { !$0.isWhitespace }
    }
}
