import Formats
import Foundation

/// Writes a plausible ServerProtect debug log around the incident (`FixtureClock.incident`,
/// 10:05 Tokyo time). The real SPNT.log format is not public (NOTES-ServerProtect-SPNT.md):
/// this is an invented but typical Windows service log layout, for tests of lenient reading.
public enum SpntLogWriter {
    /// What happened to the notification mail in the log.
    public enum Outcome: String, Sendable, CaseIterable {
        /// The SMTP server accepted the mail.
        case sent
        /// The TCP connection to port 25 failed.
        case connectFailed
        /// The mail server refused to relay the notification (554 5.7.1).
        case rejected
    }

    /// The timestamp layout of each line.
    public enum TimestampStyle: String, Sendable, CaseIterable {
        /// `2026/11/20 10:05:30.123`
        case slashes
        /// `2026-11-20 10:05:30.123`
        case iso
        /// `11/20/2026 10:05:30`
        case monthFirst
        /// `[20/11/2026 10:05:30]`
        case dayFirstBracketed
        /// `Nov 20 10:05:30 2026`
        case monthName
    }

    /// Seconds relative to the incident, and the message, of every line written.
    static func events(_ outcome: Outcome) -> [(offset: Int, text: String)] {
        var events: [(Int, String)] = [
            (-3600, "[SpntSvc] ServerProtect Normal Server service started (build 1234)"),
            (-3590, "[RealTime] Real-time scan: incoming/outgoing, pattern 19.123.00"),
            (-1200, "[Update] Pattern update check: no new pattern"),
            (-2, "[RealTime] Virus found: Eicar_test_file in C:\\Users\\Public\\eicar.com, action: Quarantine"),
            (-1, "[Notify] Standard Alert: virus found, sending notification by Internet mail"),
            (0, "[Notify] SMTP: connecting to mail.example.co.jp:25"),
        ]
        switch outcome {
        case .sent:
            events += [
                (0, "[Notify] SMTP: <<< 220 mail.example.co.jp ESMTP Postfix"),
                (1, "[Notify] SMTP: >>> MAIL FROM:<spnt-sv01@example.co.jp>"),
                (1, "[Notify] SMTP: >>> RCPT TO:<admin@example.co.jp>"),
                (2, "[Notify] SMTP: <<< 250 2.0.0 Ok: queued as 4F1A2B3C4D"),
                (2, "[Notify] Notification mail sent to admin@example.co.jp"),
            ]
        case .connectFailed:
            events += [
                (21, "[Notify] SMTP: connect failed to mail.example.co.jp:25, WSAGetLastError=10060 (timed out)"),
                (21, "[Notify] Internet mail notification failed; 通知メールの送信に失敗しました"),
            ]
        case .rejected:
            events += [
                (0, "[Notify] SMTP: <<< 220 mail.example.co.jp ESMTP Postfix"),
                (1, "[Notify] SMTP: >>> MAIL FROM:<spnt-sv01@example.co.jp>"),
                (1, "[Notify] SMTP: >>> RCPT TO:<admin@example.co.jp>"),
                (1, "[Notify] SMTP: <<< 554 5.7.1 <admin@example.co.jp>: Relay access denied"),
                (1, "[Notify] Internet mail notification failed; 通知メールの送信に失敗しました"),
            ]
        }
        events.append((600, "[SpntSvc] Scheduled scan finished, 0 viruses found"))
        return events
    }

    /// The log text, CRLF line breaks, in the requested encoding (CP932 is what Japanese
    /// Windows programs usually write).
    public static func log(
        outcome: Outcome, style: TimestampStyle = .slashes,
        encoding: TextEncoding = .cp932
    ) -> [UInt8] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo") ?? TimeZone(secondsFromGMT: 9 * 3600)!
        let lines = events(outcome).enumerated().map { index, event -> String in
            let date = FixtureClock.incident.addingTimeInterval(TimeInterval(event.offset))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            return stamp(parts, millisecond: (index * 37) % 1000, style: style) + " " + event.text
        }
        return EvidenceTextEncoder.encode(lines.joined(separator: "\r\n") + "\r\n", as: encoding)
    }

    private static func stamp(_ parts: DateComponents, millisecond: Int, style: TimestampStyle) -> String {
        func pad(_ value: Int?, _ width: Int = 2) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let (y, mo, d) = (pad(parts.year, 4), pad(parts.month), pad(parts.day))
        let time = "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))"
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        switch style {
        case .slashes: return "\(y)/\(mo)/\(d) \(time).\(pad(millisecond, 3))"
        case .iso: return "\(y)-\(mo)-\(d) \(time).\(pad(millisecond, 3))"
        case .monthFirst: return "\(mo)/\(d)/\(y) \(time)"
        case .dayFirstBracketed: return "[\(d)/\(mo)/\(y) \(time)]"
        case .monthName: return "\(months[((parts.month ?? 1) - 1) % 12]) \(d) \(time) \(y)"
        }
    }
}
