/// A password to try on encrypted archives, and where it came from: the command line, or the
/// text of a mail of the case (the password mail). The password itself is never reported; its
/// source is.
public struct PasswordCandidate: Sendable, Equatable {
    /// Where a candidate was found.
    public enum Source: Sendable, Equatable {
        /// `--password`, `--password-file` or `CASEINTAKE_PASSWORD`.
        case given
        /// The text of a mail given as an input, by its name in the case.
        case mail(String)
    }

    public let password: String
    public let source: Source

    public init(_ password: String, from source: Source) {
        self.password = password
        self.source = source
    }
}
