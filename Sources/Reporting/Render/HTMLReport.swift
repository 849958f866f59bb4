/// Renders `report.<lang>.html` from `report/report.html.mustache`: one self-contained page,
/// the style sheet `css/report.css` inlined, no script, a Content-Security-Policy that allows
/// nothing but inline style and data: images.
public enum HTMLReport {
    /// The HTML text of the page.
    public static func render(_ model: ReportModel, templates: ReportTemplates) throws -> String {
        try render(TemplateFields(model), templates: templates)
    }

    /// The page from a model already read for the templates; the template sees it as `report`,
    /// beside the style sheet as `css`.
    static func render(_ model: TemplateFields, templates: ReportTemplates) throws -> String {
        let css = try templates.file("css/report.css")
        return try templates.render(
            fields: TemplateFields(named: ["report": model, "css": css]), template: "report/report.html")
    }
}
