import Foundation

/// Finds the passwords a customer writes in a mail for the encrypted archive sent separately
/// (the PPAP custom): 「パスワード：…」「PW: …」「Password: …」「解凍パスワード …」, or 「パスワードは下記の
/// 通りです」 with the password on the next line. Full-width letters, digits and colons are read
/// as their ASCII forms (NFKC); surrounding 「」, quotes and a closing 。 are not part of it.
public enum MailPasswordFinder {
    /// Candidates returned for one text at most.
    public static let maxCandidates = 16
    /// The longest password taken; longer "values" are prose.
    static let maxLength = 128

    /// Words that introduce a password; ASCII ones are matched without case.
    static let labels = ["パスワード", "password", "passwd", "pass", "pw", "暗証番号", "解凍キー"]
    /// What a sentence that announces the password on the next line says.
    static let nextLineWords = ["下記", "以下", "次の", "別行", "こちら"]
    static let openingQuotes: Set<Character> = ["「", "『", "\"", "'", "“", "‘", "【", "(", "[", "<"]
    static let closingQuotes: Set<Character> = ["」", "』", "\"", "'", "”", "’", "】", ")", "]", ">"]

    /// The passwords in `text`, in the order written, without repeats.
    public static func candidates(in text: String) -> [String] {
        let lines = text.precomposedStringWithCompatibilityMapping
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { unquoted(String($0)) }
        var found: [String] = []
        for (index, line) in lines.enumerated() {
            guard let rest = afterLabel(line) else { continue }
            var value: String?
            if let separated = afterSeparator(rest) {
                value = separated.isEmpty ? nextLine(after: index, in: lines) : token(separated)
            } else if rest.hasPrefix("は") || rest.hasPrefix("を") {
                let sentence = rest.dropFirst()
                if let quoted = quotedValue(sentence) {
                    value = quoted
                } else if nextLineWords.contains(where: { sentence.contains($0) }) {
                    value = nextLine(after: index, in: lines)
                }
            } else if rest.trimmingCharacters(in: .whitespaces).isEmpty {
                value = nextLine(after: index, in: lines)
            }
            if let value, isPlausible(value), !found.contains(value) {
                found.append(value)
                if found.count >= maxCandidates { break }
            }
        }
        return found
    }

    /// A reply's quote marks (`> `) removed.
    private static func unquoted(_ line: String) -> String {
        String(line.drop { $0 == ">" || $0 == " " || $0 == "|" }).trimmingCharacters(in: .whitespaces)
    }

    /// What follows the first password label on the line; nil when there is none. An ASCII label
    /// must stand as a word (`PW`, not the `pw` of `spwd`).
    private static func afterLabel(_ line: String) -> Substring? {
        let lower = line.lowercased()
        var best: (start: String.Index, end: String.Index)?
        for label in labels {
            var searchFrom = lower.startIndex
            while let range = lower.range(of: label, range: searchFrom..<lower.endIndex) {
                searchFrom = range.upperBound
                if label.first?.isASCII == true {
                    let before =
                        range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
                    let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
                    if before?.isLetter == true && before?.isASCII == true { continue }
                    if after?.isLetter == true && after?.isASCII == true { continue }
                }
                if best == nil || range.lowerBound < best!.start
                    || (range.lowerBound == best!.start && range.upperBound > best!.end)
                {
                    best = (range.lowerBound, range.upperBound)
                }
                break
            }
        }
        guard let best else { return nil }
        // Indices of `lower` are valid in `line`: lower-casing ASCII and kana keeps the lengths.
        guard lower.count == line.count else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: best.end)
        return line[line.index(line.startIndex, offsetBy: offset)...]
    }

    /// The value after `:` or `=` (full-width colons are ASCII after NFKC), allowing a few words
    /// between the label and the colon (`パスワード（解凍用）：`); nil without a separator.
    private static func afterSeparator(_ rest: Substring) -> String? {
        guard let colon = rest.firstIndex(where: { $0 == ":" || $0 == "=" }),
            rest.distance(from: rest.startIndex, to: colon) <= 12
        else { return nil }
        return rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// The first word of a value, without quotes, a closing 。 or a trailing です.
    private static func token(_ value: String) -> String {
        if let quoted = quotedValue(Substring(value)) { return quoted }
        var word = value.split(separator: " ", maxSplits: 1).first.map(String.init) ?? value
        for suffix in ["です。", "です", "。", "、", ".", ","] where word.hasSuffix(suffix) && word.count > suffix.count {
            word.removeLast(suffix.count)
        }
        while let first = word.first, openingQuotes.contains(first) { word.removeFirst() }
        while let last = word.last, closingQuotes.contains(last) { word.removeLast() }
        return word
    }

    /// The text between the first pair of 「」, 『』 or quotes.
    private static func quotedValue(_ text: Substring) -> String? {
        let pairs: [(Character, Character)] = [("「", "」"), ("『", "』"), ("\"", "\""), ("“", "”"), ("【", "】")]
        for (open, close) in pairs {
            guard let start = text.firstIndex(of: open) else { continue }
            let inner = text[text.index(after: start)...]
            guard let end = inner.firstIndex(of: close) else { continue }
            return String(inner[..<end]).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The next non-empty line's value.
    private static func nextLine(after index: Int, in lines: [String]) -> String? {
        guard let line = lines.dropFirst(index &+ 1).prefix(3).first(where: { !$0.isEmpty }) else { return nil }
        if afterLabel(line) != nil { return nil }  // a labelled line is read on its own
        return token(line)
    }

    /// Archive passwords are printable ASCII without spaces; anything else is the sentence
    /// around it (「別途お送りします」).
    private static func isPlausible(_ value: String) -> Bool {
        !value.isEmpty && value.count <= maxLength
            && value.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
    }
}
