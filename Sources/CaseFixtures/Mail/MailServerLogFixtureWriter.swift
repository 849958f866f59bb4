/// Writes mail-server log excerpts around the incident (2026-11-20 10:05 +09:00) in which the
/// ServerProtect server 192.0.2.10 (spsv01.example.co.jp) sends its notifications.
public enum MailServerLogFixtureWriter {
    /// The ServerProtect server's address.
    public static let serverProtectAddress = "192.0.2.10"
    /// The ServerProtect server's host name.
    public static let serverProtectName = "spsv01.example.co.jp"

    /// A Postfix maillog (syslog stamps in +09:00 local time, no year): the first notification goes
    /// smtpd → qmgr → a content filter at 127.0.0.1:10024 → `queued as` → smtp status=sent; the
    /// second is status=deferred; another client's mail is interleaved.
    public static func postfixMaillog() -> [UInt8] {
        let sp = "\(serverProtectName)[\(serverProtectAddress)]"
        func line(_ time: String, _ process: String, _ text: String) -> String {
            "Nov 20 \(time) mail01 postfix/\(process): \(text)"
        }
        let lines = [
            line("10:04:58", "smtpd[2101]", "connect from \(sp)"),
            line("10:04:58", "smtpd[2101]", "3F2A1C0123: client=\(sp)"),
            line("10:04:58", "cleanup[2102]", "3F2A1C0123: message-id=<20261120010500.a@spsv01.example.co.jp>"),
            line("10:04:58", "qmgr[880]", "3F2A1C0123: from=<spnt@example.co.jp>, size=1234, nrcpt=1 (queue active)"),
            line("10:04:59", "smtpd[2101]", "disconnect from \(sp) ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5"),
            line("10:05:00", "smtpd[2120]", "5D8E3C0789: client=pc12.example.co.jp[192.0.2.55]"),
            line(
                "10:05:00", "smtp[2103]",
                "3F2A1C0123: to=<admin@example.co.jp>, "
                    + "relay=127.0.0.1[127.0.0.1]:10024, delay=1.2, delays=0.1/0/0.1/1, dsn=2.0.0, "
                    + "status=sent (250 2.0.0 Ok: queued as 4B7D2C0456)"),
            line("10:05:00", "qmgr[880]", "3F2A1C0123: removed"),
            line("10:05:00", "smtpd[2110]", "4B7D2C0456: client=localhost[127.0.0.1]"),
            line("10:05:00", "qmgr[880]", "4B7D2C0456: from=<spnt@example.co.jp>, size=1500, nrcpt=1 (queue active)"),
            line(
                "10:05:01", "smtp[2121]",
                "5D8E3C0789: to=<user@example.net>, relay=mx.example.net[198.51.100.7]:25, "
                    + "delay=1, delays=0.1/0/0.4/0.5, dsn=2.0.0, status=sent (250 2.0.0 OK)"),
            line(
                "10:05:01", "smtp[2111]",
                "4B7D2C0456: to=<admin@example.co.jp>, "
                    + "relay=mx.example.co.jp[198.51.100.25]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, "
                    + "status=sent (250 2.0.0 Ok: queued as 9C1E2D3F4A)"),
            line("10:05:01", "qmgr[880]", "4B7D2C0456: removed"),
            line("10:05:30", "smtpd[2101]", "6A1B2C0999: client=\(sp)"),
            line("10:05:30", "qmgr[880]", "6A1B2C0999: from=<spnt@example.co.jp>, size=1240, nrcpt=1 (queue active)"),
            line(
                "10:06:01", "smtp[2130]",
                "6A1B2C0999: to=<soc@partner.example>, relay=none, delay=31, "
                    + "delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to mx.partner.example[203.0.113.5]:25: "
                    + "Connection timed out)"),
        ]
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// An Exchange message tracking log (CRLF, header lines, the 30 standard fields): the
    /// notification received from 192.0.2.10 and sent on, another client's message, and a second
    /// notification that failed.
    public static func exchangeTrackingLog() -> [UInt8] {
        let fields = [
            "date-time", "client-ip", "client-hostname", "server-ip", "server-hostname", "source-context",
            "connector-id", "source", "event-id", "internal-message-id", "message-id", "network-message-id",
            "recipient-address", "recipient-status", "total-bytes", "recipient-count", "related-recipient-address",
            "reference", "message-subject", "sender-address", "return-path", "message-info", "directionality",
            "tenant-id", "original-client-ip", "original-server-ip", "custom-data", "transport-traffic-type", "log-id",
            "schema-version",
        ]
        func row(
            _ time: String, client: String, event: String, internalID: String, messageID: String,
            networkID: String, recipient: String, status: String
        ) -> String {
            var values = [String](repeating: "", count: fields.count)
            values[0] = time
            values[1] = client
            values[3] = "192.0.2.30"
            values[4] = "EX01"
            values[6] = event == "RECEIVE" ? "EX01\\Default Frontend EX01" : "Outbound"
            values[7] = "SMTP"
            values[8] = event
            values[9] = internalID
            values[10] = messageID
            values[11] = networkID
            values[12] = recipient
            values[13] = status
            values[14] = "2048"
            values[15] = "1"
            values[18] = "ServerProtect notification"
            values[19] = "spnt@example.co.jp"
            values[22] = "Originating"
            values[29] = "15.02.1118.007"
            return values.joined(separator: ",")
        }
        let first = "<20261120010500.a@spsv01.example.co.jp>", second = "<20261120010530.b@spsv01.example.co.jp>"
        let lines = [
            "#Software: Microsoft Exchange Server",
            "#Version: 15.02.1118.007",
            "#Log-Type: Message Tracking Log",
            "#Date: 2026-11-20T01:00:00.000Z",
            "#Fields: " + fields.joined(separator: ","),
            row(
                "2026-11-20T01:04:58.120Z", client: serverProtectAddress, event: "RECEIVE", internalID: "1001",
                messageID: first, networkID: "aaaa-0001", recipient: "admin@example.co.jp", status: ""),
            row(
                "2026-11-20T01:05:00.300Z", client: "192.0.2.55", event: "RECEIVE", internalID: "1002",
                messageID: "<other@pc12.example.co.jp>", networkID: "aaaa-0002", recipient: "user@example.net",
                status: ""),
            row(
                "2026-11-20T01:05:01.450Z", client: "192.0.2.30", event: "SEND", internalID: "1001",
                messageID: first, networkID: "aaaa-0001", recipient: "admin@example.co.jp",
                status: "250 2.1.5 Recipient OK"),
            row(
                "2026-11-20T01:05:30.010Z", client: serverProtectAddress, event: "RECEIVE", internalID: "1003",
                messageID: second, networkID: "aaaa-0003", recipient: "soc@partner.example", status: ""),
            row(
                "2026-11-20T01:06:01.900Z", client: "", event: "FAIL", internalID: "1003", messageID: second,
                networkID: "aaaa-0003", recipient: "soc@partner.example",
                status: "550 5.4.1 Recipient address rejected"),
        ]
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
