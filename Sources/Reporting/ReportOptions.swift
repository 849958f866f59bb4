import Foundation

/// How the report and the follow-up mail are written.
public struct ReportOptions: Sendable {
    /// Languages to write, in order; the first is the engineer's.
    public var languages: [ReportLanguage]
    /// The customer's name for the mail's salutation.
    public var customer: String?
    /// The customer's name for the English mail (`Dear …,`); a neutral salutation without it.
    public var customerEnglish: String?
    /// The engineer who signs the mail (「サポートセンターの〇〇でございます」).
    public var engineer: String?
    /// The engineer's name in the English mail; `engineer` without it.
    public var engineerEnglish: String?
    /// Whether the engineer gave the case id; without it the subject carries no case number.
    public var caseIDGiven: Bool
    /// The engineer's signature, appended to the mail.
    public var signature: String?
    /// The folder with the Mustache templates and CSS.
    public var templates: URL
    /// Show thumbnails of received images in the HTML report.
    public var includeImages: Bool
    /// When the report was made: the footer and the drafts' `Date:` header (fixed in tests).
    public var generatedAt: Date
    /// The case folder's earlier summary.json, whose files the new one carries forward.
    public var earlier: EarlierSummary?

    /// Options with the report languages, the mail's salutation and signature, and the templates folder.
    public init(
        languages: [ReportLanguage] = [.ja, .en], customer: String? = nil, signature: String? = nil, templates: URL,
        includeImages: Bool = true, generatedAt: Date = Date(), customerEnglish: String? = nil,
        engineer: String? = nil, engineerEnglish: String? = nil, caseIDGiven: Bool = true
    ) {
        self.engineerEnglish = engineerEnglish
        self.customerEnglish = customerEnglish
        self.engineer = engineer
        self.caseIDGiven = caseIDGiven
        self.generatedAt = generatedAt
        self.languages = languages
        self.customer = customer
        self.signature = signature
        self.templates = templates
        self.includeImages = includeImages
    }
}
