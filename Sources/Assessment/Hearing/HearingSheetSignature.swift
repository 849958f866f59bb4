/// Tells a filled copy of caseintake's hearing sheet from other text, whatever the customer
/// named it: by the marker line the sheet carries, or, when the marker was lost in copying,
/// by its title and the numbered question headings.
enum HearingSheetSignature {
    /// The marker written into every hearing sheet (an HTML comment: invisible when rendered).
    static let marker = "caseintake:hearing-sheet"

    static func matches(decodedHead text: String) -> Bool {
        if text.contains(marker) { return true }
        let lowered = text.lowercased()
        guard lowered.contains("ヒアリング") || lowered.contains("questionnaire") || lowered.contains("hearing sheet")
        else { return false }
        let questionHeadings = text.split(whereSeparator: \.isNewline).filter { line in
            line.hasPrefix("### 1-") || line.hasPrefix("## (")
        }
        return questionHeadings.count >= 3
    }
}
