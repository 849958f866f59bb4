import Foundation
import Mustache

/// The Mustache templates of a templates folder (`report/`, `mail/`, `hearing/`), loaded once,
/// each named by its path without `.mustache` (`mail/followup.ja.txt`), so partials can refer
/// to each other. Registers the escaping content types the templates name in their pragmas.
public struct ReportTemplates: Sendable {
    /// The templates folder (also holds `css/report.css` and the labels).
    public let folder: URL
    let library: MustacheLibrary

    /// Loads every `*.mustache` under the report, mail and hearing subfolders of `folder`.
    public init(folder: URL) throws {
        Self.registerContentTypes()
        self.folder = folder
        var library = MustacheLibrary()
        for subfolder in ["report", "mail", "hearing"] {
            let directory = folder.appendingPathComponent(subfolder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") {
                let url = directory.appendingPathComponent(name)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw ReportTemplateError(file: url.path, reason: "cannot be read as UTF-8 text")
                }
                do {
                    try library.register(text, named: subfolder + "/" + String(name.dropLast(".mustache".count)))
                } catch {
                    throw ReportTemplateError(file: url.path, reason: "is not a valid Mustache template: \(error)")
                }
            }
        }
        self.library = library
    }

    /// Renders `object` with the template `name`, e.g. `report/report.html`.
    public func render(_ object: Any, template name: String) throws -> String {
        try render(fields: TemplateFields.wrapped(object), template: name)
    }

    /// Renders fields already read (`TemplateFields`), e.g. one model for several templates.
    func render(fields: Any, template name: String) throws -> String {
        guard let text = library.render(fields, withTemplate: name) else {
            throw ReportTemplateError(
                file: folder.appendingPathComponent(name + ".mustache").path,
                reason: "is missing from the templates folder")
        }
        return text
    }

    /// Reads a file of the templates folder (the CSS).
    public func file(_ path: String) throws -> String {
        let url = folder.appendingPathComponent(path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReportTemplateError(file: url.path, reason: "cannot be read as UTF-8 text")
        }
        return text
    }

    /// `{{% CONTENT_TYPE: CASEINTAKE_HTML }}`, `…_MARKDOWN`, `…_TEXT`: how `{{x}}` escapes.
    static func registerContentTypes() {
        MustacheContentTypes.register(EscapingContentType(escape: HTMLText.escaped), named: "CASEINTAKE_HTML")
        MustacheContentTypes.register(EscapingContentType(escape: MarkdownText.escaped), named: "CASEINTAKE_MARKDOWN")
        MustacheContentTypes.register(EscapingContentType(escape: PlainText.withoutControls), named: "CASEINTAKE_TEXT")
    }
}

/// A content type whose `{{x}}` applies one of our escaping functions.
private struct EscapingContentType: MustacheContentType {
    let escape: @Sendable (String) -> String

    func escapeText(_ text: String) -> String { escape(text) }
}
