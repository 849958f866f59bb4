/// Tells a filled copy of caseintake's hearing sheet from other text, whatever the customer
/// named it: by the marker line the sheet carries, or, when the marker was lost in copying (a
/// sheet pasted into a mail, quoted in a reply), by its title and the numbered questions.
enum HearingSheetSignature {
    /// The marker written into every hearing sheet (an HTML comment: invisible when rendered).
    static let marker = "caseintake:hearing-sheet"

    static func matches(decodedHead text: String) -> Bool {
        if text.contains(marker) { return true }
        let lowered = text.lowercased()
        guard lowered.contains("ヒアリング") || lowered.contains("questionnaire") || lowered.contains("hearing sheet")
        else { return false }
        let questionLines = text.split(whereSeparator: \.isNewline).filter { line in
            let text = SheetLine.unquoted(String(line)).drop { $0 == "#" || $0 == " " }
            return text.hasPrefix("1-") || text.hasPrefix("１－")
                || text.hasPrefix("(") && text.dropFirst().first?.isNumber == true
        }
        return questionLines.count >= 3
    }
}
