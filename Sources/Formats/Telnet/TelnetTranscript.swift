/// What a transcript of `telnet <mail server> 25` shows (checklist item 7): where it connected,
/// whether the server greeted, and the replies to commands typed afterwards.
public struct TelnetTranscript: Sendable, Codable, Equatable {
    /// Whether the connection was made.
    public enum Outcome: String, Sendable, Codable {
        /// A 220 greeting was received.
        case connected
        /// Telnet's failure words (`Could not open connection`, `接続できませんでした`, …).
        case failed
        /// Neither a greeting nor a failure is in the text.
        case unknown
    }

    /// One server reply line after the greeting.
    public struct Reply: Sendable, Codable, Equatable {
        /// The three-digit reply code (RFC 5321 §4.2).
        public var code: Int
        /// The whole line as shown.
        public var text: String
        /// 1-based line number in the transcript.
        public var line: Int
    }

    /// The host from `telnet <host> <port>` or `open <host> <port>`.
    public var host: String?
    /// The port given (telnet's default 23 when the command named none).
    public var port: Int?
    /// Whether the port was the SMTP port 25.
    public var port25 = false
    /// Whether a port other than 25 was used (587, 465, or telnet's default 23).
    public var portNot25 = false
    /// The first greeting line, `220 …`, as shown.
    public var banner: String?
    /// The server as the greeting describes it.
    public var server: MailServerIdentity?
    /// Greetings in the text (several sessions may be pasted together).
    public var bannerCount = 0
    /// Whether the connection was made, from the first greeting or failure in the text.
    public var outcome = Outcome.unknown
    /// The line with telnet's failure words, when present.
    public var failureText: String?
    /// Reply lines after the first greeting, at most `TelnetTranscriptReader.maxReplies`.
    public var replies: [Reply] = []
    /// Lines read.
    public var lineCount = 0

    /// Creates an empty transcript.
    public init() {}

    /// Whether any reply after the greeting was a failure (4xx or 5xx).
    public var hasFailureReply: Bool { replies.contains { $0.code >= 400 } }
}
