/// The facts one log line states, whatever server wrote it: its delivery outcome, its queue id
/// and a hand-over to a new queue id (FORMATS.md §7).
struct MailLogLineFacts {
    var status: String?
    var queueID: String?
    var handedTo: String?

    init(syslogLine line: Substring) {
        if let value = Self.value(after: "status=", in: line) {
            // Postfix delivery agents and qmgr [FORMATS.md §7 Postfix].
            status = value
        } else if let value = Self.value(after: "stat=", in: line) {
            // sendmail: stat=Sent (…), stat=Deferred: …, stat=User unknown (a bounce).
            let lowered = value.lowercased()
            status = lowered.hasPrefix("sent") ? "sent" : lowered.hasPrefix("deferred") ? "deferred" : "bounced"
        } else if line.contains("NOQUEUE: reject:") || line.contains("rblsmtpd:") || line.contains(" reject=")
            || line.contains("qmail-smtpd: 4") || line.contains("qmail-smtpd: 5") || line.contains(" rejected ")
        {
            status = "rejected"
        } else if let range = line.range(of: ": delivery "), let colon = line[range.upperBound...].firstIndex(of: ":") {
            // qmail-send: "delivery D: success|failure|deferral: text" [qmail-log(5)].
            let outcome = line[line.index(after: colon)...].drop(while: { $0 == " " })
            if outcome.hasPrefix("success") { status = "sent" }
            if outcome.hasPrefix("failure") { status = "bounced" }
            if outcome.hasPrefix("deferral") { status = "deferred" }
        } else {
            status = Self.eximStatus(line)
        }
        queueID = Self.postfixQueueID(line)
        if let range = line.range(of: "queued as ") {
            let id = line[range.upperBound...].prefix(while: { $0.isLetter || $0.isNumber })
            if id.count >= 5 { handedTo = String(id) }
        }
    }

    /// The word after `marker`, up to a space, comma or parenthesis.
    static func value(after marker: String, in line: Substring) -> String? {
        guard let range = line.range(of: marker) else { return nil }
        let value = line[range.upperBound...].prefix(while: { $0 != " " && $0 != "," && $0 != "(" && $0 != ")" })
        return value.isEmpty ? nil : String(value)
    }

    /// `postfix/<daemon>[pid]: QUEUEID: …` — the id is hex (or the long base-52 form), ≥ 5 characters.
    static func postfixQueueID(_ line: Substring) -> String? {
        guard let tag = line.range(of: "]: ") else { return nil }
        let rest = line[tag.upperBound...]
        let id = rest.prefix(while: { $0.isLetter || $0.isNumber })
        guard id.count >= 5, id != "NOQUEUE", rest.dropFirst(id.count).hasPrefix(": ") else { return nil }
        return String(id)
    }

    /// Exim main log markers after the message id: `=>` delivered, `**` failed, `==` deferred.
    private static func eximStatus(_ line: Substring) -> String? {
        let words = line.split(separator: " ", maxSplits: 4)
        guard words.count >= 4 else { return nil }
        switch words[3] {
        case "=>", "->": return "sent"
        case "**": return "bounced"
        case "==": return "deferred"
        default: return nil
        }
    }
}
