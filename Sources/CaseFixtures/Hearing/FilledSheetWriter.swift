import Foundation

/// Fills caseintake's blank Japanese hearing sheet (the text `caseintake hearing-sheet` prints)
/// the ways customers do: answers in place of `（未記入）`, under it, after the question on its
/// line; the symptom ticked with any mark or chosen by deleting the other lines; the whole sheet
/// quoted in a reply or pasted as plain text.
public struct FilledSheetWriter: Sendable {
    /// Where a question's or field's answer goes.
    public enum Placement: String, Sendable {
        /// In place of `（未記入）`.
        case inPlace = "in place of the placeholder"
        /// On the line below a `（未記入）` left in place.
        case underPlaceholder = "under the placeholder"
        /// After the question on its line: `… ご教示ください。 → answer` (placeholder left in place).
        case arrow = "after → on the question line"
        /// After the question on its line: `… ご教示ください。：answer` (placeholder removed).
        case wideColon = "after ： on the question line"
        /// `1-2. …ください。: answer` (placeholder removed).
        case colon = "after : on the question line"
    }

    /// How the symptom is chosen.
    public enum Choice: Sendable, Equatable {
        /// `[ ]` of the choice replaced by `[mark]`.
        case tick(String)
        /// A mark in place of `[ ]`: `☑ 通知メールが…`.
        case bareMark(String)
        /// The other choices' lines deleted.
        case deleteOthers
        /// Nothing chosen.
        case none
    }

    /// How the sheet travels.
    public enum Wrapping: String, Sendable {
        /// The Markdown file itself.
        case file
        /// Every line quoted with `> ` in a reply, after the customer's own lines.
        case quotedReply = "quoted in a reply"
        /// Pasted into a mail as plain text: no `#` or `- ` marks, no marker comment.
        case plainText = "pasted as plain text"
    }

    public var placement: Placement
    public var choice: Choice
    /// Index of the chosen symptom in the sheet's list (0 not sent, 1 garbled, 2 other).
    public var symptomIndex: Int
    public var wrapping: Wrapping
    /// Answers to 1-1 … 1-9 (nil leaves the placeholder).
    public var answers: [String?]
    /// Values of the one-line fields in sheet order (versions ×3, mail server ×4, IP, computer name).
    public var lineFields: [String?]
    /// The telnet result block.
    public var telnet: String?
    /// Timeline lines.
    public var timeline: [String]

    public init(
        placement: Placement, choice: Choice, symptomIndex: Int = 0, wrapping: Wrapping = .file, answers: [String?],
        lineFields: [String?], telnet: String?, timeline: [String]
    ) {
        self.placement = placement
        self.choice = choice
        self.symptomIndex = symptomIndex
        self.wrapping = wrapping
        self.answers = answers
        self.lineFields = lineFields
        self.telnet = telnet
        self.timeline = timeline
    }

    static let placeholder = "（未記入）"

    /// The blank sheet filled in.
    public func fill(_ blank: String) -> String {
        var out: [String] = []
        var questionIndex = -1
        var lineFieldIndex = 0
        var blockIndex = 0
        var symptomLine = 0
        // The answer waiting for the placeholder below its heading.
        var waiting: String?
        for line in blank.components(separatedBy: "\n") {
            if line.hasPrefix("### 1-") {
                questionIndex += 1
                let answer = answers.indices.contains(questionIndex) ? answers[questionIndex] : nil
                switch (placement, answer) {
                case (.arrow, let answer?): out.append("\(line) → \(answer)")
                case (.wideColon, let answer?): out.append("\(line)：\(answer)")
                case (.colon, let answer?): out.append("\(line): \(answer)")
                default: out.append(line)
                }
                waiting = answer
                continue
            }
            if line.hasPrefix("### ") {
                // A block field: telnet, then the timeline.
                out.append(line)
                waiting = blockIndex == 0 ? telnet : timeline.isEmpty ? nil : timeline.joined(separator: "\n")
                blockIndex += 1
                questionIndex = answers.count
                continue
            }
            if line == Self.placeholder {
                out.append(contentsOf: placeholderLines(waiting, question: questionIndex < answers.count))
                waiting = nil
                continue
            }
            if line.hasPrefix("- [ ] ") {
                defer { symptomLine += 1 }
                let chosen = symptomLine == symptomIndex
                switch choice {
                case .tick(let mark) where chosen: out.append("- [\(mark)] " + line.dropFirst(6))
                case .bareMark(let mark): out.append((chosen ? mark : "□") + " " + line.dropFirst(6))
                case .deleteOthers where !chosen: continue
                default: out.append(line)
                }
                continue
            }
            if line.hasPrefix("- "), line.hasSuffix(": " + Self.placeholder) {
                let value = lineFields.indices.contains(lineFieldIndex) ? lineFields[lineFieldIndex] : nil
                lineFieldIndex += 1
                let label = line.dropLast(Self.placeholder.count)
                switch (placement, value) {
                case (_, nil): out.append(line)
                case (.inPlace, let value?), (.wideColon, let value?), (.colon, let value?):
                    out.append(label + value)
                case (.underPlaceholder, let value?): out.append(contentsOf: [line, "  " + value])
                case (.arrow, let value?): out.append(line + " → " + value)
                }
                continue
            }
            out.append(line)
        }
        return wrap(out)
    }

    private func placeholderLines(_ answer: String?, question: Bool) -> [String] {
        guard let answer else { return [Self.placeholder] }
        let lines = answer.components(separatedBy: "\n")
        switch placement {
        case .inPlace: return lines
        case .underPlaceholder: return [Self.placeholder] + lines
        case .arrow: return question ? [Self.placeholder] : lines
        case .wideColon, .colon: return question ? [] : lines
        }
    }

    private func wrap(_ lines: [String]) -> String {
        switch wrapping {
        case .file:
            return lines.joined(separator: "\n")
        case .quotedReply:
            let reply = ["お世話になっております。", "ヒアリングシートに記入いたしましたので、ご確認ください。", "", "-----Original Message-----"]
            return (reply + lines.map { $0.isEmpty ? ">" : "> " + $0 }).joined(separator: "\n")
        case .plainText:
            let body = lines.filter { !$0.hasPrefix("<!--") }.map { line -> String in
                var text = Substring(line)
                text = text.drop { $0 == "#" }.drop { $0 == " " }
                if text.hasPrefix("- ") && !text.hasPrefix("- [") { text = text.dropFirst(2) }
                return String(text)
            }
            return (["山田です。ヒアリングシートの内容を以下に貼り付けます。", ""] + body + ["", "以上、よろしくお願いいたします。"])
                .joined(separator: "\n")
        }
    }
}
