import Foundation

/// The fixed words of the report in one language (headings, status names, column names), read
/// from `Templates/report/labels.<lang>.json` so that a support lead can reword them.
public struct ReportLabels: Sendable {
    /// Label text by key, e.g. `caseID` → `ケース番号`.
    public let text: [String: String]

    /// Reads the labels of `language` from a templates folder.
    public static func load(_ language: ReportLanguage, templates: URL) throws -> ReportLabels {
        let url = templates.appendingPathComponent("report/labels.\(language.rawValue).json")
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReportTemplateError(file: url.path, reason: "cannot be read")
        }
        do {
            return ReportLabels(text: try JSONDecoder().decode([String: String].self, from: data))
        } catch {
            throw ReportTemplateError(file: url.path, reason: "is not a JSON object of strings: \(error)")
        }
    }

    /// The label for `key`, or the key itself so that a missing label shows rather than vanishes.
    public subscript(_ key: String) -> String { text[key] ?? key }
}

/// A template, label or style file that cannot be used, with what to fix.
public struct ReportTemplateError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let reason: String

    public var description: String { "\(file): \(reason)" }
}
