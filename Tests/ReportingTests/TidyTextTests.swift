import Testing

@testable import Reporting

/// `FollowUpMail.tidy` works on bytes; what it gives is what splitting and trimming by
/// characters gives.
@Suite struct TidyTextTests {
    /// The tidying as first written, by characters.
    static func byCharacters(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cleaned = Substring(String(line.reversed().drop { $0 == " " }.reversed()))
            if cleaned.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(cleaned)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(
        "the same text as by characters",
        arguments: [
            "", "\n", "a  \n\n\n b \n", "行末の空白  \n  \n\n次", "crlf \r\nnext  \r\n\n", "a\r\n\n \n",
            "\u{600} \nx", "e\u{301}  \n\u{301} ", "   ", "tab\t \nend\n\n\n", "\u{1F600} \n\n",
        ])
    func sameAsByCharacters(text: String) {
        #expect(FollowUpMail.tidy(text) == Self.byCharacters(text))
    }
}
