/// Something Intake could not do with a received input or entry. A problem never stops the
/// walk; it becomes a finding in the report, and the problems that mean "an input could not be
/// read" also make the command exit 2.
public struct IntakeProblem: Sendable, Equatable, Codable {
    /// What went wrong, stable for scripts (`summary.json` finding codes are `intake.` + this).
    public enum Code: String, Sendable, Codable, CaseIterable {
        case inputNotFound = "input.not-found"
        case inputUnreadable = "input.unreadable"
        case archiveCorrupt = "archive.corrupt"
        case archiveWarning = "archive.warning"
        case encryptedNoPassword = "entry.encrypted-no-password"
        case wrongPassword = "entry.wrong-password"
        case unsupportedEncryption = "entry.unsupported-encryption"
        case entryDamaged = "entry.damaged"
        case entryTooLarge = "limit.entry-bytes"
        case totalTooLarge = "limit.total-bytes"
        case tooManyEntries = "limit.entries"
        case nestedTooDeep = "limit.nesting-depth"
        case compressionRatio = "limit.compression-ratio"
        case spoolTooLarge = "limit.spool-bytes"
        case outOfTime = "limit.time"
        case linkNotFollowed = "entry.link-not-followed"
        case specialFile = "entry.special-file"
        case parentReference = "name.parent-reference"
        case absoluteName = "name.absolute"
        case undecodableName = "name.undecodable"
        /// Not a problem but a note: the password written in a mail of the case opened the
        /// archive; `detail` names the mail, never the password.
        case passwordFromMail = "input.password-from-mail"
        /// Not a problem but a note: the entry is an Outlook item attached to a `.msg`, written
        /// out as a `.msg` of its own to be read; its size and SHA-256 are of that copy.
        case rebuiltCopy = "entry.rebuilt-copy"
    }

    public let code: Code
    /// The input, archive or entry concerned.
    public let path: CasePath
    /// libarchive's or the system's own words, or the limit that was hit.
    public let detail: String

    public init(_ code: Code, _ path: CasePath, _ detail: String) {
        self.code = code
        self.path = path
        self.detail = detail
    }

    /// True for problems that mean an input could not be read as received: the report is still
    /// written from what was readable, and the command exits 2 with a line naming the fix.
    public var makesInputUnreadable: Bool {
        switch code {
        case .inputNotFound, .inputUnreadable, .archiveCorrupt, .encryptedNoPassword, .wrongPassword,
            .unsupportedEncryption:
            return true
        default:
            return false
        }
    }
}

extension CasePath: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(layers: text.components(separatedBy: "!/"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
