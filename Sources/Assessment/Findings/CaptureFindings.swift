import Formats

/// Findings about one capture file, independent of the checklist.
enum CaptureFindings {
    static func findings(for summary: CaptureSummary) -> [Finding] {
        var findings: [Finding] = []
        let damaged = summary.damage.reduce(0) { $0 + $1.count }
        if damaged > 0 {
            let kinds = summary.damage.map(\.code).joined(separator: ", ")
            findings.append(
                Finding(
                    .warning, "capture.damaged",
                    LocalizedText(
                        ja: "パケットデータに破損箇所があります（\(kinds)、\(damaged) 件）。",
                        en: "The capture is damaged (\(kinds), \(damaged) places).")))
        }
        return findings
    }
}
