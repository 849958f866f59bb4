import Foundation

/// `spnt.send-failed`: ServerProtect's log or events say a notification could not be sent.
/// One observation per file, about its first failure near the incident.
enum SendFailureRule {
    static func observe(_ evidence: CorrelationEvidence, failures: [SendFailure]) -> [Observation] {
        var seen = Set<String>()
        return failures.filter { evidence.relevant($0.time) }.compactMap { failure in
            guard seen.insert(failure.path.description).inserted else { return nil }
            let count = failures.filter { $0.path == failure.path && evidence.relevant($0.time) }.count
            return evidence.observe(
                "spnt.send-failed", .problem, at: failure.time, evidence: [failure.path],
                ["file": failure.path.fileName, "time": evidence.time(failure.time), "text": failure.text],
                localized: ["more": evidence.more("note.more-lines", count - 1)])
        }
    }
}
