import Formats

/// Findings about one event log file, independent of the checklist.
enum EventLogFindings {
    static func findings(for summary: EventLogSummary) -> [Finding] {
        var findings: [Finding] = []
        let skipped = summary.damage.reduce(0) { $0 + $1.count }
        if skipped > 0 {
            let kinds = summary.damage.map(\.code).joined(separator: ", ")
            findings.append(
                Finding(
                    .warning, "evtx.damaged",
                    LocalizedText(
                        ja: "イベントログに破損箇所があります（\(kinds)、\(skipped) 件）。読めたレコード \(summary.records) 件で確認しました。",
                        en:
                            "The event log is damaged (\(kinds), \(skipped) places); \(summary.records) readable records were used."
                    )))
        }
        if summary.records == 0 {
            findings.append(
                Finding(
                    .warning, "evtx.empty",
                    LocalizedText(
                        ja: "イベントログにレコードがありません。", en: "The event log holds no records.")))
        }
        return findings
    }
}
