import Foundation

/// `identity.other-computer`: an event log or a system information export written on another
/// computer than the Normal Server.
enum IdentityRules {
    static func observe(_ evidence: CorrelationEvidence) -> [Observation] {
        let server = evidence.normalServer
        guard !server.names.isEmpty else { return [] }
        var observations: [Observation] = []
        for file in evidence.files where file.isReadable {
            let computer: String?
            if file.facts.eventLog != nil {
                computer = IdentityResolver.mainComputer(file)
            } else {
                computer = file.facts.systemInformation?.systemName
            }
            guard let computer, !server.names.contains(where: { HostName.sameHost($0, computer) }) else { continue }
            observations.append(
                evidence.observe(
                    "identity.other-computer", .problem, at: nil, evidence: [file.path],
                    [
                        "file": file.path.fileName, "computer": computer,
                        "server": CaptureRules.serverText(server),
                    ]))
        }
        return observations
    }
}
