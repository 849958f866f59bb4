import Foundation

/// Reads a mail server's log (Postfix, sendmail, qmail, Exim, Exchange message tracking and
/// protocol logs) line by line: the application, the time range, delivery outcomes, and, for a
/// client (the ServerProtect server's address or name), its lines and those of every message it
/// handed over, following Postfix queue ids and Exchange message ids (FORMATS.md §7).
public struct MailServerLogReader: ByteStreamParser {
    /// The most lines listed in the summary.
    public static let maxListedLines = 1000
    /// The most recent delivery lines listed when no client is given.
    public static let recentDeliveries = 50
    /// The most queue or message ids followed at once; the oldest are forgotten first.
    static let maxFollowed = 20_000

    private var reader = LineReader(maxLineBytes: 16 * 1024)
    private var summary = MailServerLogSummary()
    private var clock: LogTimestamp
    private var trail: ClientTrail
    private var fields = ExchangeTrackingFields()
    private var head: [String] = []
    private var headApplication: MailServerLogSignature.Application?
    private var headDecided = false
    private var lineApplications: [MailServerLogSignature.Application: Int] = [:]
    private var recent: [MailLogLine] = []
    /// The newest time the log can reach, when syslog stamps must be placed in a year.
    private let newest: Date?
    private let zone: TimeZone

    /// Creates a reader. `clientAddresses` / `clientNames` select the lines of one client (empty:
    /// no filter); `timeZone` is the zone of stamps without one (default UTC).
    ///
    /// Syslog stamps have no year. `year` gives it; otherwise the stamps take the year of `newest`
    /// — the file's modified time, or now — and move back one year when the log would end more
    /// than a day after it (a December log read in January).
    public init(
        clientAddresses: [String] = [], clientNames: [String] = [], year: Int? = nil, newest: Date = Date(),
        timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current
    ) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        clock = LogTimestamp(year: year ?? calendar.component(.year, from: newest), timeZone: timeZone)
        self.newest = year == nil ? newest : nil
        zone = timeZone
        trail = ClientTrail(addresses: clientAddresses, names: clientNames, capacity: Self.maxFollowed)
        summary.clientFilter = clientAddresses + clientNames
    }

    /// Feeds the next block.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        var lines: [TextLine] = []
        reader.push(bytes) { lines.append($0) }
        for line in lines { read(line) }
    }

    /// Ends the log and returns the summary.
    public mutating func finish() -> MailServerLogSummary {
        var lines: [TextLine] = []
        reader.finish { lines.append($0) }
        for line in lines { read(line) }
        summary.lines = reader.lineCount
        summary.truncatedLines = reader.truncatedLines
        if !headDecided { decideFromHead() }
        summary.application =
            headApplication
            // Ties go to the alphabetically first name: a dictionary's order differs between instances.
            ?? lineApplications.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }).map(\.key)
        if trail.isEmpty {
            summary.listedLines = recent
        }
        summary.followedMessages = trail.followedCount
        placeSyslogYear()
        return summary
    }

    /// Moves every time back one year when year-less stamps end after the newest the log can be.
    private mutating func placeSyslogYear() {
        guard let newest, clock.sawYearless, !clock.sawYeared, let latest = summary.latest,
            latest > newest.addingTimeInterval(24 * 3600)
        else { return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let back = { (time: Date) in calendar.date(byAdding: .year, value: -1, to: time) ?? time }
        summary.earliest = summary.earliest.map(back)
        summary.latest = summary.latest.map(back)
        for index in summary.listedLines.indices {
            summary.listedLines[index].time = summary.listedLines[index].time.map(back)
        }
    }

    private mutating func read(_ line: TextLine) {
        let text = Substring(line.text)
        if !headDecided {
            head.append(line.text)
            if head.count >= 200 { decideFromHead() }
        }
        if text.hasPrefix("#") {
            summary.commentLines &+= 1
            if text.hasPrefix("#Fields:") { fields.read(header: text) }
            return
        }
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
        if let application = MailServerLogSignature.application(ofLine: trimmed) {
            lineApplications[application, default: 0] &+= 1
        }
        var time: Date?
        if let stamp = clock.read(trimmed) {
            time = stamp.time
            summary.timedLines &+= 1
            if summary.firstStamp == nil { summary.firstStamp = stamp.stamp }
            summary.lastStamp = stamp.stamp
            if let time {
                if summary.earliest.map({ time < $0 }) ?? true { summary.earliest = time }
                if summary.latest.map({ time > $0 }) ?? true { summary.latest = time }
            }
        }
        let isCSV =
            trimmed.first?.isNumber == true && trimmed.dropFirst(10).first == "T"
            && trimmed.filter({ $0 == "," }).count >= 8
        let (status, id, matched) = isCSV ? readRow(trimmed) : readSyslog(trimmed)
        if let status { count(status) }
        let kept = MailLogLine(number: line.number, time: time, status: status, messageID: id, text: line.text)
        if trail.isEmpty {
            guard status != nil else { return }
            if recent.count >= Self.recentDeliveries { recent.removeFirst() }
            recent.append(kept)
        } else if matched {
            if summary.listedLines.count < Self.maxListedLines {
                summary.listedLines.append(kept)
            } else {
                summary.linesNotListed &+= 1
            }
        }
    }

    /// The signature's verdict over the first 200 lines, which sees Exchange's `#Log-Type` header.
    private mutating func decideFromHead() {
        headApplication = MailServerLogSignature.application(decodedHead: head.joined(separator: "\n"))
        headDecided = true
        head = []
    }

    private mutating func readSyslog(_ line: Substring) -> (String?, String?, Bool) {
        let facts = MailLogLineFacts(syslogLine: line)
        guard !trail.isEmpty else { return (facts.status, facts.queueID, false) }
        var matched = trail.mentionsClient(line)
        if let id = facts.queueID {
            if matched { trail.follow(id) }
            matched = matched || trail.isFollowed(id)
            if matched, let next = facts.handedTo { trail.follow(next) }
        }
        return (facts.status, facts.queueID, matched)
    }

    private mutating func readRow(_ line: Substring) -> (String?, String?, Bool) {
        let row = ExchangeTrackingFields.split(line)
        let status = fields.value("event-id", in: row).flatMap(ExchangeTrackingFields.status(ofEvent:))
        // Tracking logs carry message ids; protocol logs a session id per connection.
        let ids = ["message-id", "internal-message-id", "network-message-id", "session-id"]
            .compactMap { fields.value($0, in: row) }
        guard !trail.isEmpty else { return (status, ids.first.map(String.init), false) }
        let clientColumns = ["client-ip", "client-hostname", "original-client-ip", "remote-endpoint"]
            .compactMap { fields.value($0, in: row) }
        var matched = clientColumns.contains { trail.isClient(String($0)) }
        if matched { ids.forEach { trail.follow(String($0)) } }
        matched = matched || ids.contains { trail.isFollowed(String($0)) }
        return (status, ids.first.map(String.init), matched)
    }

    private mutating func count(_ status: String) {
        switch status {
        case "sent": summary.statusCounts.sent &+= 1
        case "deferred": summary.statusCounts.deferred &+= 1
        case "bounced": summary.statusCounts.bounced &+= 1
        case "rejected": summary.statusCounts.rejected &+= 1
        case "expired": summary.statusCounts.expired &+= 1
        default: break
        }
    }
}
