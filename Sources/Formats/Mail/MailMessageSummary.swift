/// What a stored mail message (`.eml`, an mbox, an Outlook `.msg`) says about itself: the
/// decoded header fields a support engineer reads, its MIME parts and why it might show as
/// mojibake.
public struct MailMessageSummary: Sendable, Codable, Equatable {
    /// How the message was stored.
    public enum Container: String, Sendable, Codable {
        /// One RFC 5322 message (`.eml`).
        case message
        /// A Unix mbox: `From ` separator lines, then messages; the first one is described.
        case mbox
        /// An Outlook `.msg` (MS-OXMSG in an MS-CFB compound file).
        case outlookMessage = "outlook-message"
    }

    /// How the message was stored.
    public var container: Container = .message
    /// Messages in the file (mbox `From ` lines; 1 for an `.eml`, 0 for an empty file).
    public var messageCount = 0
    /// The decoded Subject (RFC 2047 words decoded), nil when absent.
    public var subject: String?
    /// The Subject as it stands in the file (unfolded, bytes as UTF-8 or CP932).
    public var rawSubject: String?
    /// The decoded From.
    public var from: String?
    /// The decoded To.
    public var to: String?
    /// The Date field as written.
    public var date: String?
    /// The Message-ID field.
    public var messageID: String?
    /// Whether `X-Unsent: 1` marks the message as a draft (FORMATS.md §6).
    public var unsent = false
    /// The MIME parts in file order, at most `MailMessageReader.maxParts`.
    public var parts: [MailPart] = []
    /// Parts beyond the bound, counted only.
    public var partsNotListed = 0
    /// The distinct charsets declared in Content-Type fields and encoded words, lower-cased.
    public var declaredCharsets: [String] = []
    /// Line breaks seen, by kind.
    public var lineEndings = LineEndingCounts()
    /// Why the message may show as mojibake, most specific first; empty for a clean message.
    public var hints: [MailDiagnosis] = []
    /// Whether a header section was longer than the bound and was cut.
    public var headerTruncated = false
    /// Whether the header section never ended (no blank line before the end of the file).
    public var headerUnterminated = false
    /// Bytes in the file.
    public var byteCount = 0
    /// Problems reading the file itself (a broken `.msg`), in plain English.
    public var damage: [String] = []
    /// The first plain-text body, decoded, at most `MailMessageReader.bodyTextBytes` of it (in a
    /// mail sent as HTML alone, the text of its first HTML body): a customer may paste the hearing
    /// sheet into a reply. Kept for reading, never published.
    public var bodyText: String?

    private enum CodingKeys: String, CodingKey {
        case container, messageCount, subject, rawSubject, from, to, date, messageID, unsent, parts, partsNotListed
        case declaredCharsets, lineEndings, hints, headerTruncated, headerUnterminated, byteCount, damage
    }

    /// Creates an empty summary.
    public init() {}

    /// The diagnosis codes in order, for quick checks.
    public var hintCodes: [MailDiagnosis.Code] { hints.map(\.code) }
}

/// Line-break counts of a text file.
public struct LineEndingCounts: Sendable, Codable, Equatable {
    /// CR LF pairs (RFC 5322's own line break).
    public var crlf = 0
    /// Bare LF (Unix).
    public var lf = 0
    /// Bare CR (classic Mac OS).
    public var cr = 0

    /// Creates zero counts.
    public init() {}
}

/// One MIME part (RFC 2045/2046): its declared type and encodings and what its bytes held.
public struct MailPart: Sendable, Codable, Equatable {
    /// `type/subtype`, lower-cased; `text/plain` when the part declared none.
    public var contentType: String
    /// The `charset` parameter, lower-cased, when declared.
    public var charset: String?
    /// Content-Transfer-Encoding, lower-cased, when declared.
    public var transferEncoding: String?
    /// The attachment name (`filename` or `name` parameter), decoded.
    public var fileName: String?
    /// Body bytes as stored (before transfer decoding), line breaks excluded.
    public var bodyBytes = 0
    /// Whether the body, after transfer decoding of its sample, holds bytes above 0x7F.
    public var hasEightBitBytes = false
    /// Nesting depth: 0 for the message itself, 1 for its parts, more inside attached messages.
    public var depth = 0

    /// Creates a part.
    public init(contentType: String, charset: String? = nil, transferEncoding: String? = nil, depth: Int = 0) {
        self.contentType = contentType
        self.charset = charset
        self.transferEncoding = transferEncoding
        self.depth = depth
    }
}
