import Foundation
import Intake

/// `coverage.misses-incident`: a file with times whose range does not reach the incident.
enum CoverageRule {
    /// - Parameter except: files whose times are not evidence of the incident (the customer's mails
    ///   that brought the case).
    static func observe(_ evidence: CorrelationEvidence, except: Set<CasePath> = []) -> [Observation] {
        guard evidence.incident.isKnown else { return [] }
        return evidence.coverage.filter { $0.coversIncident == false && !except.contains($0.path) }.map { coverage in
            evidence.observe(
                "coverage.misses-incident", .problem, at: nil, evidence: [coverage.path],
                [
                    "file": coverage.path.fileName,
                    "range": LocalTime.range(coverage.from, coverage.to, in: evidence.incident.zone),
                ])
        }
    }
}
