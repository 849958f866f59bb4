import Formats
import Foundation
import Intake

/// Everything the observation rules look at: the files, the hearing sheet, the incident, who is
/// who, and the facts several rules share (the Normal Server's SMTP sessions, the failed sends).
struct CorrelationEvidence {
    let files: [ReceivedFile]
    let hearing: HearingAnswers?
    let incident: IncidentWindow
    let normalServer: ServerIdentity
    let mailServer: ServerIdentity
    let coverage: [FileCoverage]
    let phrases: Phrasebook
    /// Event log records near the incident (errors, warnings, the checklist's sources).
    let events: [IncidentEvent]

    /// The SMTP sessions the notification could be among: those the Normal Server opened, or
    /// every session when its address is not known.
    let sessions: [CapturedSession]

    init(
        files: [ReceivedFile], hearing: HearingAnswers?, incident: IncidentWindow, normalServer: ServerIdentity,
        mailServer: ServerIdentity, coverage: [FileCoverage], phrases: Phrasebook, events: [IncidentEvent]
    ) {
        (self.files, self.hearing, self.incident) = (files, hearing, incident)
        (self.normalServer, self.mailServer, self.coverage) = (normalServer, mailServer, coverage)
        (self.phrases, self.events) = (phrases, events)
        let all = files.flatMap { file in
            (file.facts.capture?.smtpSessions ?? []).map { CapturedSession(file: file.path, session: $0) }
        }
        sessions =
            normalServer.addresses.isEmpty ? all : all.filter { normalServer.addresses.contains($0.clientAddress) }
    }

    /// An observation of `code` with its phrase filled in.
    /// - Parameter phrase: the phrasebook entry when a code has several wordings
    ///   (`screenshot.blank.small`); the code itself otherwise.
    func observe(
        _ code: String, _ severity: Finding.Severity, at time: Date?, evidence: [CasePath], _ values: [String: String],
        localized: [String: LocalizedText] = [:], phrase: String? = nil
    ) -> Observation {
        var values = values
        values["incident"] = values["incident"] ?? (incident.isKnown ? incident.text : "—")
        return Observation(
            code: code, severity: phrases.severity(phrase ?? code, otherwise: severity), time: time,
            evidence: evidence, message: phrases.text(phrase ?? code, values, localized: localized))
    }

    /// The phrasebook's note for `count` more alike (`note.more-sessions`, `note.more-lines`), or
    /// nothing when there are none.
    func more(_ note: String, _ count: Int) -> LocalizedText {
        guard count > 0 else { return LocalizedText("") }
        return phrases.text(note, ["count": String(count)])
    }

    /// `2026-11-20 10:05:02` in the case's zone.
    func time(_ date: Date?) -> String { date.map { LocalTime.text($0, in: incident.zone) } ?? "—" }

    /// Whether `date` is near the incident, or any time when no incident is known.
    func relevant(_ date: Date?) -> Bool {
        guard incident.isKnown else { return true }
        guard let date else { return false }
        return incident.contains(date)
    }
}

/// An SMTP session with the capture it was read from.
struct CapturedSession {
    let file: CasePath
    let session: SmtpSession

    var clientAddress: String { Endpoint.address(of: session.client) }
    var serverAddress: String { Endpoint.address(of: session.server) }

    /// The reply that decided the outcome: the acceptance after the data for a delivery, the
    /// first 5xx or 4xx for a rejection or deferral.
    var decidingReply: SmtpReply? {
        switch session.outcome {
        case .delivered: return session.replies.last { (200..<300).contains($0.code) && $0.code != 221 }
        case .rejected: return session.replies.first { (500..<600).contains($0.code) }
        case .deferred: return session.replies.first { (400..<500).contains($0.code) }
        default: return nil
        }
    }

    /// The time the outcome was decided: the deciding reply, else the first packet.
    var decidedAt: Date { decidingReply?.time ?? session.start }

    /// `554 5.7.1 Relay access denied`, or `—`.
    var decidingReplyText: String {
        decidingReply.map { "\($0.code) \($0.text)".trimmingCharacters(in: .whitespaces) } ?? "—"
    }

}

/// The `ip:port` endpoints of SMTP sessions (`[v6]:port` for IPv6).
public enum Endpoint {
    /// `192.0.2.10:50123` → `192.0.2.10`; `[2001:db8::1]:25` → `2001:db8::1`.
    public static func address(of endpoint: String) -> String {
        if endpoint.hasPrefix("["), let close = endpoint.firstIndex(of: "]") {
            return String(endpoint[endpoint.index(after: endpoint.startIndex)..<close])
        }
        return endpoint.lastIndex(of: ":").map { String(endpoint[..<$0]) } ?? ""
    }
}
