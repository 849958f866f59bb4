import Foundation

/// What a mail server's log says: which server wrote it, over what time, how deliveries ended,
/// and the lines that concern one client (the ServerProtect server) when asked.
public struct MailServerLogSummary: Sendable, Codable, Equatable {
    /// The server software whose log it is, when recognised.
    public var application: MailServerLogSignature.Application?
    /// Lines in the file.
    public var lines = 0
    /// Comment lines (`#…`: Exchange headers, annotated test logs).
    public var commentLines = 0
    /// Lines that carried a time stamp.
    public var timedLines = 0
    /// Lines longer than the reader's bound, cut.
    public var truncatedLines = 0
    /// The first time stamp as written (`Oct 22 02:12:45`, `2024-01-07T00:00:07.463Z`).
    public var firstStamp: String?
    /// The last time stamp as written.
    public var lastStamp: String?
    /// The earliest time in the file (syslog stamps get the reader's year, rolled over at Dec→Jan).
    public var earliest: Date?
    /// The latest time in the file.
    public var latest: Date?
    /// Delivery outcomes counted over the whole file.
    public var statusCounts = MailDeliveryCounts()
    /// The client addresses and names the lines were filtered for (empty: no filter).
    public var clientFilter: [String] = []
    /// With a filter: the client's lines and every line of the messages it handed over, in file
    /// order, at most `MailServerLogReader.maxListedLines`. Without: the most recent delivery lines.
    public var listedLines: [MailLogLine] = []
    /// Lines that qualified for `listedLines` but did not fit.
    public var linesNotListed = 0
    /// Queue or message ids followed for the client.
    public var followedMessages = 0

    /// Creates an empty summary.
    public init() {}
}

/// Delivery outcomes: Postfix `status=`, sendmail `stat=`, qmail `delivery N: success|failure|deferral`,
/// Exim `=> ** ==`, Exchange event ids.
public struct MailDeliveryCounts: Sendable, Codable, Equatable {
    /// Delivered to the next hop or mailbox.
    public var sent = 0
    /// Temporarily failed, will be retried.
    public var deferred = 0
    /// Permanently failed (non-delivery report).
    public var bounced = 0
    /// Refused before queueing (`NOQUEUE: reject`, RBL 4xx/5xx, Exchange DROP).
    public var rejected = 0
    /// Given up after the queue lifetime.
    public var expired = 0

    /// Creates zero counts.
    public init() {}
}

/// One log line kept for the report.
public struct MailLogLine: Sendable, Codable, Equatable {
    /// 1-based line number.
    public var number: Int
    /// The line's time, when its stamp could be read.
    public var time: Date?
    /// The delivery outcome the line states (`sent`, `deferred`, `bounced`, `rejected`, `expired`).
    public var status: String?
    /// The queue or message id the line belongs to.
    public var messageID: String?
    /// The line as written (at most the reader's line bound).
    public var text: String

    /// Creates a line.
    public init(number: Int, time: Date?, status: String?, messageID: String?, text: String) {
        self.number = number
        self.time = time
        self.status = status
        self.messageID = messageID
        self.text = text
    }
}
