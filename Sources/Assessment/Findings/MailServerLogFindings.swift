import Formats

/// What a mail server's log says about the Normal Server's notifications (item 6).
enum MailServerLogFindings {
    static func findings(for summary: MailServerLogSummary, in phrases: Phrasebook = .standard) -> [Finding] {
        guard !summary.clientFilter.isEmpty else {
            let counts = summary.statusCounts
            let application = summary.application.map { LocalizedText($0.rawValue) } ?? phrases.word("mail-server")
            return [
                Finding(
                    .mailServerLogSummary,
                    [
                        "lines": String(summary.lines), "sent": String(counts.sent),
                        "deferred": String(counts.deferred), "bounced": String(counts.bounced),
                        "rejected": String(counts.rejected),
                    ], localized: ["application": application], in: phrases)
            ]
        }
        let client = summary.clientFilter.joined(separator: ", ")
        guard !summary.listedLines.isEmpty else {
            return [Finding(.mailServerLogNoClientLines, ["client": client], in: phrases)]
        }
        var byStatus: [String: Int] = [:]
        for line in summary.listedLines { if let status = line.status { byStatus[status, default: 0] += 1 } }
        let list = byStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return [
            Finding(
                .mailServerLogClientLines, ["client": client, "count": String(summary.listedLines.count)],
                localized: ["statuses": list.isEmpty ? phrases.word("no-delivery-status") : LocalizedText(list)],
                in: phrases)
        ]
    }
}
