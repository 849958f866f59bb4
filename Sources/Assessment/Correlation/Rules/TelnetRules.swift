import Formats
import Foundation
import Intake

/// `telnet.other-host-suspected`: telnet reached the mail server while ServerProtect's connection
/// failed near the incident (or its SYNs went unanswered in the capture) — the check was most
/// likely run from another host, or to another name than the one in the settings.
enum TelnetRules {
    static func observe(_ evidence: CorrelationEvidence, failures: [SendFailure]) -> [Observation] {
        let connected = evidence.files.filter {
            $0.isReadable && $0.facts.telnet?.outcome == .connected && $0.facts.telnet?.port25 == true
        }
        guard let telnet = connected.first, let transcript = telnet.facts.telnet else { return [] }
        let connectionFailures = failures.filter { $0.connectionFailed && evidence.relevant($0.time) }
        let unanswered = evidence.sessions.filter {
            ($0.session.outcome == .noAnswer || $0.session.outcome == .refused) && evidence.relevant($0.decidedAt)
        }
        let against: (path: CasePath, time: Date?, text: String)?
        if let failure = connectionFailures.first {
            against = (failure.path, failure.time, failure.text)
        } else if let session = unanswered.first {
            against = (session.file, session.decidedAt, "\(session.session.client) → \(session.session.server) SYN")
        } else {
            against = nil
        }
        guard let against else { return [] }
        return [
            evidence.observe(
                "telnet.other-host-suspected", .warning, at: against.time, evidence: [telnet.path, against.path],
                [
                    "telnet": telnet.path.fileName, "host": transcript.host ?? "—",
                    "banner": transcript.banner ?? "220", "source": against.path.fileName,
                    "time": evidence.time(against.time), "text": against.text,
                ])
        ]
    }

    /// `setting.name-mismatch`: telnet must be given exactly the name of the Internet mail alert
    /// settings (「全く同一の名前」; an address where a name is set is a different setting). That
    /// name is the one ServerProtect connects to in its log or events; without it, the hearing
    /// sheet's FQDN or address.
    static func nameMismatch(_ evidence: CorrelationEvidence, setting: (name: String, path: CasePath)?)
        -> [Observation]
    {
        let answered = ["mail-server-fqdn", "mail-server-ip"].compactMap { evidence.hearing?.stated($0) }
        var observations: [Observation] = []
        for file in evidence.files where file.isReadable {
            guard let transcript = file.facts.telnet, let host = transcript.host, transcript.port25 else { continue }
            if let setting, !HostName.sameName(host, setting.name) {
                observations.append(
                    evidence.observe(
                        "setting.name-mismatch", .warning, at: nil, evidence: [file.path, setting.path],
                        [
                            "file": file.path.fileName, "used": host, "setting": setting.name,
                            "source": setting.path.fileName,
                        ]))
            } else if setting == nil,
                // Without ServerProtect's own target the sheet stands in for the setting, but only a
                // value of the same kind tells: a name typed where the sheet gives an address may be right.
                case let comparable = answered.filter({ HostName.isAddress($0) == HostName.isAddress(host) }),
                !comparable.isEmpty, !comparable.contains(where: { HostName.sameName($0, host) })
            {
                observations.append(
                    evidence.observe(
                        "setting.name-mismatch", .warning, at: nil, evidence: [file.path],
                        [
                            "file": file.path.fileName, "used": host, "setting": answered.joined(separator: " / "),
                            "source": evidence.hearing.map { PathName.fileName($0.source) } ?? "—",
                        ]))
            }
        }
        if let setting,
            case let comparable = answered.filter({ HostName.isAddress($0) == HostName.isAddress(setting.name) }),
            !comparable.isEmpty, !comparable.contains(where: { HostName.sameName($0, setting.name) })
        {
            observations.append(
                evidence.observe(
                    "setting.name-mismatch", .warning, at: nil, evidence: [setting.path],
                    [
                        "file": setting.path.fileName, "used": setting.name,
                        "setting": answered.joined(separator: " / "),
                        "source": evidence.hearing.map { PathName.fileName($0.source) } ?? "—",
                    ]))
        }
        return observations
    }

    /// The `host:25` ServerProtect connects to, from its log or events: the name in its settings.
    static func serverProtectTarget(_ evidence: CorrelationEvidence) -> (name: String, path: CasePath)? {
        for file in evidence.files where file.isReadable {
            for line in file.facts.debugLog?.notableLines ?? [] {
                if let target = SendFailure.smtpTarget(in: line.text) { return (target, file.path) }
            }
        }
        for event in evidence.events {
            let lowered = (event.provider + " " + event.summary).lowercased()
            guard SpntEventWords.product.contains(where: { lowered.contains($0) }),
                let target = SendFailure.smtpTarget(in: event.summary)
            else { continue }
            return (target, event.file)
        }
        return nil
    }
}
