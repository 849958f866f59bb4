import Foundation

/// `coverage.misses-incident`: a file with times whose range does not reach the incident.
enum CoverageRule {
    static func observe(_ evidence: CorrelationEvidence) -> [Observation] {
        guard evidence.incident.isKnown else { return [] }
        return evidence.coverage.filter { $0.coversIncident == false }.map { coverage in
            evidence.observe(
                "coverage.misses-incident", .problem, at: nil, evidence: [coverage.path],
                [
                    "file": coverage.path.fileName,
                    "range": LocalTime.range(coverage.from, coverage.to, in: evidence.incident.zone),
                ])
        }
    }
}
