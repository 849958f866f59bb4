/// A language the report, the Markdown page and the follow-up mail are written in.
public enum ReportLanguage: String, Sendable, CaseIterable, Codable {
    case ja
    case en
}
