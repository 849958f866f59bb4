import Formats
import Foundation
import Intake

/// ServerProtect's own word that a notification was not sent: an SPNT.log line or an event of
/// the product (or Tcpip's failed connection to port 25).
struct SendFailure {
    let time: Date?
    let path: CasePath
    /// The line or the event's message, shortened for one sentence.
    let text: String
    /// The connection itself failed (timeout, refused, `WSAGetLastError=10060`), as opposed to a
    /// reply of the mail server.
    let connectionFailed: Bool
    /// The `host:25` the product tried, when the text names it.
    let target: String?

    /// Every failed send the case's logs report.
    static func all(in files: [ReceivedFile], events: [IncidentEvent], zone: TimeZone) -> [SendFailure] {
        var failures: [SendFailure] = []
        for file in files where file.isReadable {
            guard let summary = file.facts.debugLog else { continue }
            for line in summary.notableLines where isFailure(keywords: line.keywords) {
                failures.append(
                    SendFailure(
                        time: line.time?.date(in: zone), path: file.path,
                        text: shortened(LogLineText.withoutTimestamp(line.text)),
                        connectionFailed: mentionsConnectionFailure(line.text), target: smtpTarget(in: line.text)))
            }
        }
        for event in events where event.level == 1 || event.level == 2 || event.level == 3 {
            let text = event.summary
            let lowered = (event.provider + " " + text).lowercased()
            let product = SpntEventWords.product.contains { lowered.contains($0) }
            let aboutMail = SpntEventWords.mail.contains { lowered.contains($0) }
            let port25 = lowered.contains(":25")
            guard (product && aboutMail) || (lowered.contains("tcpip") && port25) else { continue }
            failures.append(
                SendFailure(
                    time: event.time, path: event.file, text: shortened("\(event.provider) \(event.eventID): \(text)"),
                    connectionFailed: !product || mentionsConnectionFailure(text), target: smtpTarget(in: text)))
        }
        return failures
    }

    private static func isFailure(keywords: [String]) -> Bool {
        let failed = keywords.contains("fail") || keywords.contains("error")
        let sending = keywords.contains { ["smtp", "mail", "notification", "send", "connect", "alert"].contains($0) }
        return failed && sending
    }

    /// Timeouts, refusals and Winsock errors (10060 timed out, 10061 refused, 10065 unreachable,
    /// 11001 host not found).
    static func mentionsConnectionFailure(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return [
            "10060", "10061", "10065", "11001", "timed out", "timeout", "refused", "unreachable", "connect fail",
            "connection fail", "接続でき", "タイムアウト",
        ].contains { lowered.contains($0) }
    }

    /// `mail.example.co.jp:25` in `… connect failed to mail.example.co.jp:25 (…)`.
    static func smtpTarget(in text: String) -> String? {
        guard let range = text.range(of: ":25") else { return nil }
        let after = text[range.upperBound...].first
        guard after == nil || !(after!.isNumber) else { return nil }
        let host = text[..<range.lowerBound].reversed().prefix { $0.isLetter || $0.isNumber || "-_.".contains($0) }
        let name = String(host.reversed())
        return name.isEmpty || !(name.contains { $0.isLetter || $0 == "." }) ? nil : name
    }

    private static func shortened(_ text: String) -> String {
        text.count > 160 ? String(text.prefix(159)) + "…" : text
    }
}

/// Words that make an event ServerProtect's and about the notification mail.
enum SpntEventWords {
    static let product = ["serverprotect", "spntsvc", "spnt", "trend micro"]
    static let mail = ["mail", "smtp", "メール", "通知", "notif"]
}
