/// Tells a mail server's log (Postfix, sendmail, qmail, Exim, Exchange) from its first lines.
public enum MailServerLogSignature {
    /// The mail server application whose log it is.
    public enum Application: String, Sendable, Codable {
        case postfix, sendmail, qmail, exim, exchangeTracking = "exchange-message-tracking"
        case exchangeProtocol = "exchange-smtp-protocol", domino
    }

    /// Recognises the log from decoded lines; most lines of a real log carry the same marks, so
    /// a third of the non-comment lines (at least two) must.
    public static func application(decodedHead text: String) -> Application? {
        guard mayHoldMarks(text) else { return nil }
        let lines = TextLines.split(text, limit: 200)
        if lines.contains(where: { $0.hasPrefix("#Log-Type: Message Tracking Log") }) { return .exchangeTracking }
        if lines.contains(where: { $0.hasPrefix("#Log-Type: SMTP") || $0.hasPrefix("#Log-type: SMTP") }) {
            return .exchangeProtocol
        }
        var counts: [Application: Int] = [:]
        var considered = 0
        for line in lines where !line.hasPrefix("#") {
            considered += 1
            if let application = application(ofLine: line) { counts[application, default: 0] += 1 }
        }
        // Ties go to the alphabetically first name: a dictionary's order differs between instances.
        guard let (best, count) = counts.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }),
            count >= 2, count * 3 >= considered
        else { return nil }
        return best
    }

    /// Whether `text` has anything the header lines or `application(ofLine:)` look for: every
    /// answer of that function needs one of `anchors` in the line (or 20 commas), so text without
    /// them is no mail server log, told without splitting it into lines. Keep the two together.
    static func mayHoldMarks(_ text: String) -> Bool {
        anchors.contains { text.contains($0) } || text.utf8.lazy.filter({ $0 == 0x2C }).count >= 20
    }

    private static let anchors = [
        "#Log-", "postfix", "sendmail[", "sm-mta[", "sm-msp-queue[", "qmail", "rblsmtpd", "starting delivery ",
        "new msg ", "exim", "<=", "=>", "->", "**", "==", "Completed", " H=", "authenticator failed",
        "SMTP connection from", "rejected RCPT", "rejected MAIL", " F=<", "SMTP Server:", " smtp: ",
    ]

    /// The application a single log line comes from, by its process tag or layout
    /// (FORMATS.md §7).
    static func application(ofLine line: Substring) -> Application? {
        if line.contains(" postfix/") || line.contains(" postfix[") || line.hasPrefix("postfix/") { return .postfix }
        if line.contains(" sendmail[") || line.contains(" sm-mta[") || line.contains(" sm-msp-queue[") {
            return .sendmail
        }
        if line.contains(" qmail:") || line.contains(" qmail[") || line.contains("qmail-send")
            || line.contains("qmail-smtpd")
            || line.contains(" rblsmtpd") || line.contains("starting delivery ") || line.contains("new msg ")
        {
            return .qmail
        }
        if line.contains(" exim[") || line.contains("exim:") || isEximMainLogLine(line) { return .exim }
        if line.contains("SMTP Server:") || (line.contains(" smtp: ") && line.contains(" [")) { return .domino }
        if isExchangeTrackingRow(line) { return .exchangeTracking }
        return nil
    }

    /// Exim's main log: `2024-01-07 10:05:30 1rMq2x-0001Xy-AB <= sender ...`, or a line without a
    /// message id in Exim's own words (exim spec "Log files", "Reject log").
    private static func isEximMainLogLine(_ line: Substring) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 4)
        guard parts.count >= 4, parts[0].count == 10, parts[0].dropFirst(4).first == "-", parts[1].count >= 8 else {
            return false
        }
        let id = parts[2]
        if id.count >= 16 && id.filter({ $0 == "-" }).count == 2 && eximMarkers.contains(parts[3]) { return true }
        return eximWords.contains { line.contains($0) }
    }

    private static let eximMarkers: Set<Substring> = ["<=", "=>", "->", "**", "==", "Completed"]
    private static let eximWords = [
        " H=", "authenticator failed", "SMTP connection from", "rejected RCPT", "rejected MAIL", " F=<",
    ]

    /// Exchange message tracking CSV rows start with an ISO 8601 UTC time and carry many commas.
    private static func isExchangeTrackingRow(_ line: Substring) -> Bool {
        // Commas counted as bytes first: never fewer than as characters, and no walk over characters.
        guard line.utf8.count > 40, line.utf8.lazy.filter({ $0 == 0x2C }).count >= 20 else { return false }
        guard line.count > 40, line.filter({ $0 == "," }).count >= 20 else { return false }
        let start = line.prefix(20)
        return start.count == 20 && start.dropFirst(4).first == "-" && start.dropFirst(10).first == "T"
    }
}
