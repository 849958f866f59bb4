import Foundation

/// The files of a ServerProtect notification-mail case as a customer's server would produce
/// them: Normal Server `SPNT-SV01` (192.0.2.10) sending through `mail.example.co.jp`
/// (192.0.2.25), the incident at `FixtureClock.incident` (2026-11-20 10:05 JST).
public enum ExampleEvidence {
    public static let serverName = "SPNT-SV01"
    public static let serverAddress = "192.0.2.10"
    public static let mailServerAddress = "192.0.2.25"

    /// How the notification failed, as the event logs record it.
    public enum Failure: Sendable {
        /// The connection to port 25 failed: ServerProtect event 2001 and Tcpip 4227.
        case connection
        /// The mail server refused the message: ServerProtect event 2001 with the reply.
        case rejected
    }

    /// What the capture holds besides DNS and HTTPS traffic.
    public enum CaptureContent: Sendable {
        /// No SMTP at all.
        case noSmtp
        /// One delivery accepted at the incident.
        case delivered
        /// One session refused to relay (554 5.7.1) at the incident.
        case relayDenied
    }

    /// An Application or System log around the incident, with ServerProtect and mail-related events.
    public static func eventLog(channel: String, failure: Failure = .connection, computer: String = serverName)
        -> [UInt8]
    {
        let start = FixtureClock.incident.addingTimeInterval(-3 * 3600)
        var events: [EvtxEvent] = []
        for step in 0..<60 {
            let time = start.addingTimeInterval(Double(step) * 300)
            if channel == "System" {
                events.append(
                    EvtxEvent(
                        channel: channel, computer: computer, provider: "Service Control Manager", eventID: 7036,
                        qualifiers: 16384, level: 4, time: time,
                        data: [step.isMultiple(of: 2) ? "Windows Update" : "Trend Micro ServerProtect", "running"]))
            } else {
                events.append(
                    EvtxEvent(
                        channel: channel, computer: computer, provider: "ServerProtect", eventID: 1000, level: 4,
                        time: time, data: ["Real-time scan is running."]))
            }
        }
        let incident = FixtureClock.incident.addingTimeInterval(2)
        switch (channel, failure) {
        case ("System", .connection):
            events.append(
                EvtxEvent(
                    channel: channel, computer: computer, provider: "Tcpip", eventID: 4227, level: 3, time: incident,
                    data: ["TCP/IP failed to establish an outgoing connection to 192.0.2.25:25"]))
        case ("System", .rejected):
            break
        case (_, .connection):
            events.append(
                EvtxEvent(
                    channel: channel, computer: computer, provider: "ServerProtect", eventID: 2001, level: 2,
                    time: incident, data: ["インターネットメールによる通知の送信に失敗しました。 (SMTP: mail.example.co.jp:25)"]))
        case (_, .rejected):
            events.append(
                EvtxEvent(
                    channel: channel, computer: computer, provider: "ServerProtect", eventID: 2001, level: 2,
                    time: FixtureClock.incident.addingTimeInterval(1),
                    data: [
                        "インターネットメールによる通知の送信に失敗しました。 (SMTP: mail.example.co.jp:25, 554 5.7.1 Relay access denied)"
                    ]))
        }
        return EvtxWriter.file(events.sorted { $0.time < $1.time }, maxRecordsPerChunk: 40)
    }

    /// A capture on `host` (the Normal Server unless told otherwise): DNS, HTTPS and what
    /// `content` says at the incident.
    public static func capture(_ content: CaptureContent = .delivered, host: String = serverAddress) -> [UInt8] {
        let writer = PcapWriter(format: .pcapng(links: [.ethernet()]))
        let serverAddress = host
        let client = FixtureEndpoint(serverAddress, 50123)
        var time = FixtureClock.incident.addingTimeInterval(-5)
        for packet in BackgroundTraffic.dnsLookup(
            client: FixtureEndpoint(serverAddress, 53001), resolver: "192.0.2.53", id: 7)
        {
            writer.write(ip: packet, at: time)
            time.addTimeInterval(0.01)
        }
        for packet in BackgroundTraffic.https(
            client: FixtureEndpoint(serverAddress, 50200), server: "198.51.100.7", bytes: 600)
        {
            writer.write(ip: packet, at: time)
            time.addTimeInterval(0.01)
        }
        let mailServer = FixtureEndpoint(mailServerAddress, 25)
        let conversation: SmtpConversation?
        switch content {
        case .noSmtp: conversation = nil
        case .delivered: conversation = SmtpConversation.delivery(client: client, server: mailServer)
        case .relayDenied: conversation = SmtpConversation.relayDenied(client: client, server: mailServer)
        }
        for packet in conversation?.packets(start: FixtureClock.incident) ?? [] {
            writer.write(ip: packet.ip, at: packet.time)
        }
        return writer.finish()
    }

    /// A filled hearing sheet (the structure `caseintake hearing-sheet --lang ja` prints).
    /// - Parameter unanswered: question numbers (1–9) left with the placeholder.
    public static func hearingSheet(
        unanswered: Set<Int> = [], symptom: String = "通知メールが全く送信されない",
        withFields: Bool = true
    ) -> [UInt8] {
        let answers = [
            "ウイルス検出時の通知メールが管理者に届きません。",
            "2026/11/20 10:05 頃（ウイルス検出テストを実施した時刻）",
            "必ず発生します。これまでに 5 回確認しています。",
            "一般サーバ 3 台中 3 台で発生しています。",
            "EICAR テストファイルを一般サーバに置くと再現します。",
            "Windows Server 2019 Standard",
            "発生しないサーバはありません。",
            "2026/11/18 にメールサーバを移設し、IP アドレスが変わりました。",
            "2026/11/19 15:00 にメールサーバ名を IP アドレスに変更しましたが改善しませんでした。",
        ]
        var text = "<!-- caseintake:hearing-sheet serverprotect-mail-notification -->\n"
        text += "# ヒアリングシート：ServerProtect 通知メールの問題\n\n## 事象の種類\n\n"
        for choice in ["通知メールが全く送信されない", "通知メールの内容に問題がある（文字化け等）", "その他"] {
            text += "- [\(choice == symptom ? "x" : " ")] \(choice)\n"
        }
        text += "\n## (1) 発生事象に関するヒアリング\n\n"
        for (index, answer) in answers.enumerated() {
            text += "### 1-\(index + 1).\n\n\(unanswered.contains(index + 1) ? "（未記入）" : answer)\n\n"
        }
        guard withFields else { return Array(text.utf8) }
        text += """
            ## (2) 製品バージョン

            - プログラムのバージョン（ビルド番号を含む）: 5.8 Build 1234
            - 検索エンジンのバージョン: 12.000.1008
            - パターンファイルのバージョン: 19.123.00

            ## (6) メールサーバの種類/バージョン

            - メールサーバのアプリケーション名（Postfix、qmail、Exchange 等）: Postfix
            - メールサーバのバージョン: 3.5.8
            - メールサーバの OS: Red Hat Enterprise Linux 8
            - メールサーバの FQDN: mail.example.co.jp

            ## (7) メールサーバとの疎通確認

            ### telnet コマンドの実行結果（表示された内容をそのまま貼り付けてください）

            220 mail.example.co.jp ESMTP Postfix

            ## (11) メールサーバのIPアドレス・コンピュータ名

            - メールサーバの IP アドレス: 192.0.2.25
            - メールサーバのコンピュータ名: mail01

            ## (12) 事象発生時のタイムライン

            ### タイムライン（1 行に 1 件、「2026/11/20 10:05 事象を再現」のように）

            2026/11/20 10:05 EICAR テストファイルを配置
            2026/11/20 10:07 通知メールが届かないことを確認

            """
        return Array(text.utf8)
    }
}
