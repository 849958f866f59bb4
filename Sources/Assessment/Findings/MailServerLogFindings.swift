import Formats

/// What a mail server's log says about the Normal Server's notifications (item 6).
enum MailServerLogFindings {
    static func findings(for summary: MailServerLogSummary) -> [Finding] {
        guard !summary.clientFilter.isEmpty else {
            let counts = summary.statusCounts
            return [
                Finding(
                    .info, "mail-server-log.summary",
                    LocalizedText(
                        ja:
                            "\(summary.application?.rawValue ?? "メールサーバ") のログ \(summary.lines) 行: 送信済み \(counts.sent)、保留 \(counts.deferred)、返送 \(counts.bounced)、拒否 \(counts.rejected) 件。",
                        en:
                            "\(summary.application?.rawValue ?? "Mail server") log, \(summary.lines) lines: sent \(counts.sent), deferred \(counts.deferred), bounced \(counts.bounced), rejected \(counts.rejected)."
                    ))
            ]
        }
        let client = summary.clientFilter.joined(separator: ", ")
        guard !summary.listedLines.isEmpty else {
            return [
                Finding(
                    .warning, "mail-server-log.no-client-lines",
                    LocalizedText(
                        ja: "メールサーバのログに \(client) からの接続の記録がありませんでした。ログの期間やサーバをご確認ください。",
                        en: "The mail server's log has no lines for \(client); check the log's period and server."))
            ]
        }
        var byStatus: [String: Int] = [:]
        for line in summary.listedLines { if let status = line.status { byStatus[status, default: 0] += 1 } }
        let list = byStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return [
            Finding(
                .info, "mail-server-log.client-lines",
                LocalizedText(
                    ja:
                        "メールサーバのログで \(client) に関する行が \(summary.listedLines.count) 行あります（\(list.isEmpty ? "配送結果なし" : list)）。",
                    en:
                        "The mail server's log has \(summary.listedLines.count) lines for \(client) (\(list.isEmpty ? "no delivery status" : list))."
                ))
        ]
    }
}
