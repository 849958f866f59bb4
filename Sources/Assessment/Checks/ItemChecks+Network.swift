import Formats
import Foundation

extension ItemChecks {
    /// Item 7: a transcript of `telnet <server> 25`, as a file or pasted into the hearing sheet.
    static func connectivity(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let files = context.files(.telnetTranscript).filter(\.isReadable)
        var transcripts = files.compactMap { $0.facts.telnet }
        if let pasted = context.field("telnet-result") {
            transcripts.append(TelnetTranscriptReader.parse(text: pasted))
        }
        guard !transcripts.isEmpty else {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, code: "connectivity")])
        }
        var findings: [Finding] = []
        var hasResult = false  // a connection on port 25 that succeeded or failed
        var connected = false
        for transcript in transcripts {
            if transcript.portNot25 {
                let port = transcript.port.map(String.init) ?? "23"
                findings.append(
                    Finding(
                        .problem, "connectivity.port-not-25",
                        LocalizedText(
                            ja:
                                "telnet がポート \(port) に接続しておりました。ServerProtect は TCP 25 番ポートでのみ通知メールを送信するため、「telnet <メールサーバ名> 25」での確認をお願いいたします。",
                            en:
                                "telnet connected to port \(port); ServerProtect notifies only over TCP port 25, so please check with \"telnet <mail server> 25\"."
                        )))
                continue
            }
            switch transcript.outcome {
            case .failed:
                findings.append(
                    Finding(
                        .problem, "connectivity.failed",
                        LocalizedText(
                            ja: "telnet による接続に失敗しておりました（\(transcript.failureText ?? "")）。",
                            en: "The telnet connection failed (\(transcript.failureText ?? ""))."
                        )))
            case .connected:
                let banner = transcript.banner.map { $0.hasPrefix("220") ? $0 : "220 " + $0 } ?? ""
                findings.append(
                    Finding(
                        .info, "connectivity.connected",
                        LocalizedText(
                            ja: "メールサーバへの接続に成功しています（\(banner)）。", en: "The mail server answered (\(banner)).")))
            case .unknown:
                findings.append(
                    Finding(
                        .problem, "connectivity.no-result",
                        LocalizedText(
                            ja: "telnet の実行結果（接続の成否）を読み取れませんでした。コマンドプロンプトに表示された内容をそのままご送付ください。",
                            en:
                                "The result of telnet (connected or not) could not be read; please send what the command prompt showed."
                        )))
            }
            if transcript.outcome != .unknown { hasResult = true }
            if transcript.outcome == .connected { connected = true }
            if let host = transcript.host,
                let named = context.stated("mail-server-fqdn") ?? context.stated("mail-server-ip"),
                host.caseInsensitiveCompare(named) != .orderedSame, host != context.stated("mail-server-ip")
            {
                findings.append(
                    Finding(
                        .warning, "connectivity.other-host",
                        LocalizedText(
                            ja: "telnet の接続先（\(host)）が、ヒアリングシートのメールサーバ（\(named)）と異なります。設定画面と全く同じ名前での確認が必要です。",
                            en:
                                "telnet went to \(host), not to the mail server named in the hearing sheet (\(named)); the exact name of the settings dialog is needed."
                        )))
            }
        }
        // The transcript file and the text pasted into the sheet often say the same thing once each.
        var seen = Set<LocalizedText>()
        findings = findings.filter { seen.insert($0.message).inserted }
        if hasResult { findings.removeAll { $0.code == "connectivity.no-result" } }
        // Beside a successful check, a failed one is history (the customer fixed the network).
        if connected {
            findings = findings.map { $0.code == "connectivity.failed" ? Finding(.info, $0.code, $0.message) : $0 }
        }
        let paths = files.map(\.path)
        findings += ["telnet.other-host-suspected", "setting.name-mismatch"].flatMap {
            context.correlation.observations($0, about: paths).map(\.finding)
        }
        return ItemVerdict(
            item: item, status: connected ? .ok : .insufficient, evidence: paths, findings: findings)
    }

    /// Item 10: a pcap or pcapng with SMTP traffic; an .etl or Network Monitor capture needs converting.
    static func packetCapture(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let captures = context.files(.pcap, .pcapng).filter(\.isReadable)
        let convertible = context.files(.etl, .netmonCap)
        var findings: [Finding] = []
        var usable: [ReceivedFile] = []
        for capture in captures {
            guard let summary = capture.facts.capture else { continue }
            if summary.tcpPort25Packets == 0 {
                findings.append(
                    Finding(
                        .problem, "capture.no-smtp",
                        LocalizedText(
                            ja:
                                "\(capture.path.fileName) に TCP 25 番ポート（SMTP）の通信が含まれておりませんでした。",
                            en: "\(capture.path.fileName) holds no TCP port 25 (SMTP) traffic."
                        )))
                continue
            }
            if summary.otherPackets == 0 {
                findings.append(
                    Finding(
                        .warning, "capture.smtp-only",
                        LocalizedText(
                            ja: "\(capture.path.fileName) では SMTP 以外の通信が除外されておりました。可能であればマスクせずに取得してください。",
                            en:
                                "\(capture.path.fileName) holds SMTP traffic only; other traffic should be left in where possible."
                        )))
            }
            usable.append(capture)
        }
        if !convertible.isEmpty {
            findings.append(
                Finding(
                    .problem, "capture.needs-conversion",
                    LocalizedText(
                        ja:
                            "パケットデータが .etl（netsh trace / pktmon）または Network Monitor 形式で保存されておりました。お手数ですが、pcapng 形式への変換（etl2pcapng.exe、または pktmon etl2pcap）をお願いいたします。",
                        en:
                            "The capture is an .etl (netsh trace / pktmon) or a Network Monitor file; please convert it to pcapng (etl2pcapng.exe, or pktmon etl2pcap)."
                    )))
        }
        let evidence = (captures + convertible).map(\.path)
        if !usable.isEmpty {
            findings += evidenceProblems(
                of: [usable], in: context.correlation,
                codes: [
                    "coverage.misses-incident", "capture.loopback-only", "capture.normal-server-absent",
                    "contradiction.delivered-vs-failed",
                ])
            let unusable = findings.contains { $0.severity == .problem }
            return ItemVerdict(
                item: item, status: unusable ? .insufficient : .ok, evidence: evidence, findings: findings)
        }
        if evidence.isEmpty {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, code: "capture")])
        }
        // Where the unusable captures were taken, so the request names the server to capture on.
        findings += ["capture.loopback-only", "capture.normal-server-absent"].flatMap {
            context.correlation.observations($0, about: captures.map(\.path)).map(\.finding)
        }
        return ItemVerdict(item: item, status: .insufficient, evidence: evidence, findings: findings)
    }
}
