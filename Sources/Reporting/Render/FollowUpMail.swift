/// Renders the follow-up mail of a report model from `mail/subject.<lang>.txt.mustache` and
/// `mail/followup.<lang>.txt.mustache`, whose wording a support lead edits.
public enum FollowUpMail {
    /// The subject (one line) and the body (LF line breaks, ending with one).
    public static func render(_ model: ReportModel, templates: ReportTemplates) throws -> FollowUpText {
        try render(TemplateFields(model), language: model.language, templates: templates)
    }

    /// The mail from a model already read for the templates.
    static func render(_ model: TemplateFields, language: String, templates: ReportTemplates) throws -> FollowUpText {
        let subject = try templates.render(fields: model, template: "mail/subject.\(language).txt")
        let body = try templates.render(fields: model, template: "mail/followup.\(language).txt")
        return FollowUpText(
            subject: PlainText.singleLine(subject).trimmingCharacters(in: .whitespaces), body: tidy(body))
    }

    /// No trailing spaces, at most one blank line in a row, one final newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in lineFeedLines(text) {
            let cleaned = withoutTrailingSpaces(line)
            if cleaned.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(cleaned)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)` on bytes: the character
    /// "\n" is a line feed not preceded by a carriage return (CR LF is one character). Splitting
    /// by characters cost more than rendering a report of many rows.
    private static func lineFeedLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The line without the space characters at its end. Trailing space bytes after an ASCII
    /// character are space characters; after anything else a space may belong to the character
    /// before it (a prepended mark), so the characters decide.
    private static func withoutTrailingSpaces(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        var end = utf8.endIndex
        while end != utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        if end == utf8.endIndex { return line }
        if end == utf8.startIndex || utf8[utf8.index(before: end)] < 0x80 { return line[..<end] }
        return Substring(String(line.reversed().drop { $0 == " " }.reversed()))
    }
}
