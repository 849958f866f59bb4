import Formats
import Foundation

/// What the captured SMTP sessions of the Normal Server ended in: `smtp.delivered`,
/// `smtp.rejected`, `smtp.deferred`, `smtp.no-connection`. One observation per outcome, about
/// the first such session near the incident, with the count of the others.
enum SmtpSessionRules {
    static func observe(_ evidence: CorrelationEvidence) -> [Observation] {
        let sessions = evidence.sessions.filter { evidence.relevant($0.decidedAt) }
        var observations: [Observation] = []
        let outcomes: [(code: String, severity: Finding.Severity, matches: (SmtpOutcome) -> Bool)] = [
            ("smtp.delivered", .info, { $0 == .delivered }),
            ("smtp.rejected", .problem, { $0 == .rejected }),
            ("smtp.deferred", .warning, { $0 == .deferred }),
            ("smtp.no-connection", .problem, { $0 == .noAnswer || $0 == .refused }),
        ]
        for outcome in outcomes {
            let matching = sessions.filter { outcome.matches($0.session.outcome) }
            guard let first = matching.first else { continue }
            let values = [
                "file": first.file.fileName, "client": first.session.client, "server": first.session.server,
                "time": evidence.time(first.decidedAt), "reply": first.decidingReplyText,
            ]
            let how = evidence.phrases.text(first.session.outcome == .refused ? "note.refused" : "note.no-answer", [:])
            observations.append(
                evidence.observe(
                    outcome.code, outcome.severity, at: first.decidedAt,
                    evidence: matching.map(\.file).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                    values, localized: ["more": evidence.more("note.more-sessions", matching.count - 1), "how": how]))
        }
        return observations
    }
}
