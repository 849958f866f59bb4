import Formats

/// Findings about one capture file, independent of the checklist.
enum CaptureFindings {
    static func findings(for summary: CaptureSummary, in phrases: Phrasebook = .standard) -> [Finding] {
        let damaged = summary.damage.reduce(0) { $0 + $1.count }
        guard damaged > 0 else { return [] }
        let kinds = summary.damage.map(\.code).joined(separator: ", ")
        return [Finding(.captureDamaged, ["kinds": kinds, "count": String(damaged)], in: phrases)]
    }
}
