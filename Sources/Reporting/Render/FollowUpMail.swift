/// Renders the follow-up mail of a report model from `mail/subject.<lang>.txt.mustache` and
/// `mail/followup.<lang>.txt.mustache`, whose wording a support lead edits.
public enum FollowUpMail {
    /// The subject (one line) and the body (LF line breaks, ending with one).
    public static func render(_ model: ReportModel, templates: ReportTemplates) throws -> FollowUpText {
        let subject = try templates.render(model, template: "mail/subject.\(model.language).txt")
        let body = try templates.render(model, template: "mail/followup.\(model.language).txt")
        return FollowUpText(
            subject: PlainText.singleLine(subject).trimmingCharacters(in: .whitespaces), body: tidy(body))
    }

    /// No trailing spaces, at most one blank line in a row, one final newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.reversed().drop { $0 == " " }.reversed()
            let cleaned = Substring(String(trimmed))
            if cleaned.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(cleaned)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
