/// Renders `report.<lang>.html` from `report/report.html.mustache`: one self-contained page,
/// the style sheet `css/report.css` inlined, no script, a Content-Security-Policy that allows
/// nothing but inline style and data: images.
public enum HTMLReport {
    /// What the page template sees: the model and the style sheet.
    struct Page {
        let report: ReportModel
        let css: String
    }

    /// The HTML text of the page.
    public static func render(_ model: ReportModel, templates: ReportTemplates) throws -> String {
        let css = try templates.file("css/report.css")
        return try templates.render(Page(report: model, css: css), template: "report/report.html")
    }
}
