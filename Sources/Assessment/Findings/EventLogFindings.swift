import Formats

/// Findings about one event log file, independent of the checklist.
enum EventLogFindings {
    static func findings(for summary: EventLogSummary, in phrases: Phrasebook = .standard) -> [Finding] {
        var findings: [Finding] = []
        let skipped = summary.damage.reduce(0) { $0 + $1.count }
        if skipped > 0 {
            let kinds = summary.damage.map(\.code).joined(separator: ", ")
            findings.append(
                Finding(
                    .evtxDamaged, ["kinds": kinds, "count": String(skipped), "records": String(summary.records)],
                    in: phrases))
        }
        if summary.records == 0 { findings.append(Finding(.evtxNoRecords, in: phrases)) }
        return findings
    }
}
