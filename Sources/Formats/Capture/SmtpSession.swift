import Foundation

/// One TCP connection to an SMTP port and the dialogue read from it.
public struct SmtpSession: Sendable, Codable, Equatable {
    /// The connecting side as `ip:port` (`[v6]:port` for IPv6).
    public var client: String
    /// The SMTP server side as `ip:port`.
    public var server: String
    /// Time of the first packet of the connection.
    public var start: Date
    /// Every reply code in order, once per reply (a multi-line `250-…`/`250 …` counts once).
    public var replyCodes: [Int] = []
    /// The replies with the text of their first line (bounded).
    public var replies: [SmtpReply] = []
    /// Command verbs in order (`EHLO`, `MAIL`, `RCPT`, `DATA`, …; bounded).
    public var commands: [String] = []
    /// Text of the server greeting (first line after `220`).
    public var banner: String?
    /// Argument of the first EHLO or HELO.
    public var heloName: String?
    /// Argument of the first MAIL FROM.
    public var mailFrom: String?
    /// Arguments of RCPT TO in order (bounded).
    public var rcptTo: [String] = []
    /// How the session ended, in the words of `SmtpOutcome`.
    public var outcome: SmtpOutcome = .incomplete
    /// Bytes of the stream that the capture did not hold (both directions).
    public var bytesMissing: Int = 0
    /// Whether the SYN and SYN-ACK of the connection were captured.
    public var handshakeSeen: Bool = false

    /// Creates a session record.
    public init(client: String, server: String, start: Date) {
        self.client = client
        self.server = server
        self.start = start
    }
}

/// A reply from the SMTP server: its code and the text of its first line.
public struct SmtpReply: Sendable, Codable, Equatable {
    /// The three-digit reply code (RFC 5321 §4.2).
    public var code: Int
    /// Text after the code on the first line, at most 200 characters.
    public var text: String
    /// Time of the packet that completed the reply (or acknowledged it), when known.
    public var time: Date?

    /// Creates a reply.
    public init(code: Int, text: String, time: Date? = nil) {
        self.code = code
        self.text = text
        self.time = time
    }
}

/// The result of one SMTP session, as a support engineer names it.
public enum SmtpOutcome: String, Sendable, Codable, CaseIterable {
    /// A message was accepted: a 2xx reply after the data (DATA end or BDAT LAST).
    case delivered
    /// A 5xx reply to the greeting, MAIL, RCPT, DATA or the end of data.
    case rejected
    /// A 4xx reply to the greeting, MAIL, RCPT, DATA or the end of data.
    case deferred
    /// The SYN was answered by a RST: nothing listens on the port, or a firewall refused.
    case refused
    /// The SYN was never answered in the capture.
    case noAnswer = "no-answer"
    /// The session switched to TLS (STARTTLS, or implicit TLS on port 465): not readable.
    case tls
    /// None of the above: the dialogue ended without a verdict or the capture ended first.
    case incomplete
}
