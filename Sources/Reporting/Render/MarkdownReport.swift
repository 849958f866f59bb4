/// Renders `report.<lang>.md` from `report/report.md.mustache`: CommonMark without raw HTML
/// for the internal wiki; customer text is backslash-escaped, paths are code spans and the
/// mail a fenced block, so nothing the customer wrote can become a link or a tag.
public enum MarkdownReport {
    /// The Markdown text of the page.
    public static func render(_ model: ReportModel, templates: ReportTemplates) throws -> String {
        try render(TemplateFields(model), templates: templates)
    }

    /// The page from a model already read for the templates.
    static func render(_ model: TemplateFields, templates: ReportTemplates) throws -> String {
        FollowUpMail.tidy(try templates.render(fields: model, template: "report/report.md"))
    }
}
