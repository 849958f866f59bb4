/// What a ServerProtect debug log (`SPNT.log`) covers and which of its lines are about
/// mail notification. The log's format is not public, so this is a lenient reading.
public struct SpntLogSummary: Sendable, Codable, Equatable {
    /// One line worth showing to the engineer, with where and when it was written.
    public struct NotableLine: Sendable, Codable, Equatable {
        /// 1-based line number.
        public var line: Int
        /// The line's timestamp, wall-clock time without zone, if it had one.
        public var time: WallClockTime?
        /// The line, cut to 500 characters.
        public var text: String
        /// The keywords that made it notable, e.g. ["smtp", "error"].
        public var keywords: [String]
    }

    /// Lines in the file.
    public var lines: Int
    /// Lines that carried a recognised timestamp.
    public var timestampedLines: Int
    /// The earliest timestamp (wall-clock, no zone).
    public var firstTime: WallClockTime?
    /// The latest timestamp (wall-clock, no zone).
    public var lastTime: WallClockTime?
    /// Whether year-last dates were read day-first (`20/11/2026`) for this file.
    public var dayFirstDates: Bool
    /// All lines mentioning mail, SMTP, notification, alerts, connections, sending or errors.
    public var notableLineCount: Int
    /// The first of them, up to the reader's limit.
    public var notableLines: [NotableLine]
    /// Lines naming ServerProtect itself (SpntSvc, ServerProtect, SPNT, SPROTECT).
    public var productMentions: Int
    /// Lines longer than the reader keeps (cut, still counted).
    public var truncatedLines: Int
    /// The text encoding the log was written in.
    public var encoding: TextEncoding?
    /// Build numbers the product's own lines name (`… service started (build 1234)`), distinct,
    /// in order of first appearance, at most 8: the build that was running when the log was written.
    public var productBuilds: [String] = []
}
