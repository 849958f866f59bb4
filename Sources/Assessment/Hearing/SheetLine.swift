import Foundation

/// The pieces of one line of a returned sheet: mail quoting, list marks, a label or question
/// followed by the answer on the same line.
enum SheetLine {
    /// The line without a mail client's quoting (`> `, `>> `, `＞`) and surrounding spaces.
    static func unquoted(_ line: String) -> String {
        var rest = Substring(line)
        while let first = rest.first,
            first == ">" || first == "＞" || first == " " || first == "\t" || first == "　"
                || first == "|"
        {
            rest = rest.dropFirst()
        }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    /// The line without a list mark (`- `, `* `, `・`, `•`).
    static func withoutListMark(_ line: String) -> Substring {
        var rest = Substring(line)
        if let first = rest.first, "-*+・•".contains(first) { rest = rest.dropFirst() }
        return rest.drop { $0 == " " || $0 == "　" }
    }

    /// Separators customers put between a question or label and the answer.
    static let arrows = ["→", "⇒", "->", "＝>", "=>"]

    /// What follows `label` on the line, when the line starts with it (spaces, case and width
    /// ignored), without the separator (`:`, `：`, `→`); nil when the line does not start with it.
    static func remainder(after label: String, in text: Substring) -> Substring? {
        labelEnd(label, in: text).map { trimmingSeparators(text[$0...]) }
    }

    /// Where `label` ends when the line starts with it (spaces, case and width ignored).
    static func labelEnd(_ label: String, in text: Substring) -> Substring.Index? {
        var position = text.startIndex
        var matched = false
        for character in label where !character.isWhitespace {
            while position < text.endIndex, text[position].isWhitespace { position = text.index(after: position) }
            guard position < text.endIndex, same(text[position], character) else { return nil }
            position = text.index(after: position)
            matched = true
        }
        return matched ? position : nil
    }

    /// The answer written on a question's line: after an arrow, else after the question's own
    /// words, else after a colon that is not inside a time.
    static func answer(after rest: Substring, question: HearingQuestion) -> Substring? {
        for arrow in arrows {
            if let range = rest.range(of: arrow) { return trimmingSeparators(rest[range.upperBound...]) }
        }
        for text in [question.text.ja, question.text.en] {
            if let after = remainder(after: text, in: rest) { return after.isEmpty ? nil : after }
        }
        if let colon = rest.firstIndex(of: "：") { return trimmingSeparators(rest[rest.index(after: colon)...]) }
        var index = rest.startIndex
        while let colon = rest[index...].firstIndex(of: ":") {
            let before = colon > rest.startIndex ? rest[rest.index(before: colon)] : " "
            if !before.isNumber { return trimmingSeparators(rest[rest.index(after: colon)...]) }
            index = rest.index(after: colon)
        }
        return nil
    }

    /// The text without the separators and spaces before an answer.
    static func trimmingSeparators(_ text: Substring) -> Substring {
        var rest = text.drop { " \t　:：".contains($0) }
        for arrow in arrows where rest.hasPrefix(arrow) { rest = rest.dropFirst(arrow.count) }
        return rest.drop { " \t　:：".contains($0) }
    }

    /// The line without a placeholder the customer wrote after (`（未記入）→ 毎回`); the line
    /// itself when it does not start with one.
    static func withoutLeadingPlaceholder(_ line: String) -> String {
        for placeholder in ["（未記入）", "(未記入)", "(not answered)", "未記入"] where line.hasPrefix(placeholder) {
            return String(trimmingSeparators(line.dropFirst(placeholder.count)))
        }
        return line
    }

    private static func same(_ left: Character, _ right: Character) -> Bool {
        if left == right { return true }
        if let left = left.asciiValue, let right = right.asciiValue {
            return left | 0x20 == right | 0x20 && (0x61...0x7A).contains(left | 0x20)
        }
        return folded(left) == folded(right)
    }

    /// The character as NFKC and lower case would write it: `Ｑ` → `q`, `ｶ` → `カ`.
    private static func folded(_ character: Character) -> String {
        let text = String(character)
        return LooseDateParser.normalize(text).lowercased()
    }
}
