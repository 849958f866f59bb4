import Foundation

/// How the report and the follow-up mail are written.
public struct ReportOptions: Sendable {
    /// Languages to write, in order; the first is the engineer's.
    public var languages: [ReportLanguage]
    /// The customer's name for the mail's salutation.
    public var customer: String?
    /// The engineer's signature, appended to the mail.
    public var signature: String?
    /// The folder with the Mustache templates and CSS.
    public var templates: URL
    /// Show thumbnails of received images in the HTML report.
    public var includeImages: Bool
    /// When the report was made: the footer and the drafts' `Date:` header (fixed in tests).
    public var generatedAt: Date

    /// Options with the report languages, the mail's salutation and signature, and the templates folder.
    public init(
        languages: [ReportLanguage] = [.ja, .en], customer: String? = nil, signature: String? = nil, templates: URL,
        includeImages: Bool = true, generatedAt: Date = Date()
    ) {
        self.generatedAt = generatedAt
        self.languages = languages
        self.customer = customer
        self.signature = signature
        self.templates = templates
        self.includeImages = includeImages
    }
}
