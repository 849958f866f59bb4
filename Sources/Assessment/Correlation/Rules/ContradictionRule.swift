import Foundation

/// `contradiction.delivered-vs-failed`: the same attempt, within a minute, delivered in one source
/// (the capture) and failed in another (SPNT.log, the events). One of them was taken elsewhere or
/// at another time, or the notification went to another server: the engineer must know before
/// reading either.
enum ContradictionRule {
    static let tolerance: TimeInterval = 60

    static func observe(_ evidence: CorrelationEvidence, failures: [SendFailure]) -> [Observation] {
        let delivered = evidence.sessions.filter { $0.session.outcome == .delivered }
        for session in delivered {
            let at = session.decidedAt
            let near = failures.compactMap { failure in
                failure.time.map { (failure: failure, gap: abs($0.timeIntervalSince(at))) }
            }.filter { $0.gap <= tolerance }
            guard let failure = near.min(by: { $0.gap < $1.gap })?.failure else { continue }
            return [
                evidence.observe(
                    "contradiction.delivered-vs-failed", .problem, at: at, evidence: [session.file, failure.path],
                    [
                        "capture": session.file.fileName, "delivered": evidence.time(at),
                        "reply": session.decidingReplyText,
                        "server": session.session.server, "source": failure.path.fileName,
                        "failed": evidence.time(failure.time), "text": failure.text,
                    ])
            ]
        }
        return []
    }
}
