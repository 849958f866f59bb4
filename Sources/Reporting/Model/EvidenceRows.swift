import Assessment
import Formats
import Foundation

/// One observation at the top of the report: what the evidence shows, in one sentence.
public struct ObservationRow: Sendable {
    /// `info`, `warning` or `problem`, for the badge colour.
    public var severity: String
    public var severityText: String
    public var code: String
    public var time: String?
    public var message: String
}

/// One line of the timeline.
public struct TimelineRow: Sendable {
    public var time: String
    /// The source kind's word (`Event log`, `SPNT.log`, `Capture`…).
    public var source: String
    public var file: CaseText
    public var severity: String
    public var text: CaseText
    /// `×13 (09:35–10:35)` for collapsed repeats, nil otherwise.
    public var repeats: String?
    /// The severity's word for problems and warnings, nil for information.
    public var mark: String?
}

/// Who a server is, as the report shows it.
public struct ServerRow: Sendable {
    public var role: String
    public var names: String
    public var addresses: String
    public var application: String
    public var sources: [PathRow]
}

extension ReportModel {
    /// The Normal Server's SMTP sessions near the incident come first; the table shows at most
    /// this many and summarises the rest.
    static let listedSessions = 20

    static func observationRows(
        _ correlation: CaseCorrelation, zone: TimeZone, labels: ReportLabels, language: ReportLanguage
    )
        -> [ObservationRow]
    {
        correlation.observations.map { observation in
            ObservationRow(
                severity: observation.severity.rawValue,
                severityText: labels["severity.\(observation.severity.rawValue)"],
                code: observation.code, time: observation.time.map { LocalTime.text($0, in: zone) },
                message: language == .ja ? observation.message.ja : observation.message.en)
        }
    }

    static func timelineRows(_ timeline: CaseTimeline, zone: TimeZone, labels: ReportLabels) -> [TimelineRow] {
        timeline.items.map { item in
            var repeats: String?
            if item.count > 1 {
                let span = item.lastTime.map {
                    "\(LocalTime.text(item.time, in: zone))–\(LocalTime.text($0, in: zone))"
                }
                repeats = "×\(item.count)" + (span.map { " (\($0))" } ?? "")
            }
            return TimelineRow(
                time: LocalTime.text(item.time, in: zone), source: labels["source.\(item.source.rawValue)"],
                file: CaseText(PathName.fileName(item.path)), severity: item.severity.rawValue,
                text: CaseText(item.text), repeats: repeats,
                mark: item.severity == .info ? nil : labels["severity.\(item.severity.rawValue)"])
        }
    }

    static func serverRows(_ correlation: CaseCorrelation, labels: ReportLabels) -> [ServerRow] {
        [("normalServer", correlation.normalServer), ("mailServer", correlation.mailServer)].map { role, identity in
            ServerRow(
                role: labels[role], names: identity.names.joined(separator: ", ").nonEmpty ?? "—",
                addresses: identity.addresses.joined(separator: ", ").nonEmpty ?? "—",
                application: identity.application ?? "—",
                sources: (identity.sources + [identity.applicationSource].compactMap { $0 }).reduce(into: []) {
                    if !$0.contains($1) { $0.append($1) }
                }.map { PathRow(path: CaseText(PathName.fileName($0))) })
        }
    }

    /// The sessions to list: the Normal Server's (or all, when its address is unknown) near the
    /// incident first, then the others, at most `listedSessions`; and a sentence about the rest.
    static func sessionRows(
        _ assessment: CaseAssessment, zone: TimeZone, labels: ReportLabels
    ) -> (rows: [SmtpSessionRow], rest: String?) {
        let server = assessment.correlation.normalServer.addresses
        let incidents = assessment.incidentTimes
        var all: [(file: String, session: SmtpSessionSummary)] = []
        for file in assessment.examination.files {
            for session in file.facts.capture?.smtpSessions ?? [] {
                all.append((file.path.description, SmtpSessionSummary(session)))
            }
        }
        func rank(_ entry: (file: String, session: SmtpSessionSummary)) -> Int {
            let fromServer = server.isEmpty || server.contains(entry.session.clientAddress)
            let near =
                incidents.isEmpty || incidents.contains { abs($0.timeIntervalSince(entry.session.start)) <= 30 * 60 }
            return (fromServer ? 0 : 2) + (near ? 0 : 1)
        }
        let ordered = all.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
        let rows = ordered.prefix(listedSessions).map { entry in
            let session = entry.session.session
            return SmtpSessionRow(
                file: CaseText(PathName.fileName(entry.file)), start: DisplayFormat.time(session.start, in: zone),
                client: session.client, server: session.server, banner: CaseText(session.banner ?? "—"),
                replyCodes: session.replyCodes.prefix(24).map(String.init).joined(separator: " "),
                lastReply: CaseText(entry.session.lastReplyText),
                outcome: labels["outcome.\(session.outcome.rawValue)"], outcomeClass: session.outcome.rawValue)
        }
        let rest = ordered.dropFirst(listedSessions)
        guard !rest.isEmpty else { return (Array(rows), nil) }
        let clients = Set(rest.map(\.session.clientAddress)).count
        let text = labels["smtpRest"].replacingOccurrences(
            of: "{count}", with: DisplayFormat.grouping(Int64(rest.count))
        )
        .replacingOccurrences(of: "{clients}", with: DisplayFormat.grouping(Int64(clients)))
        return (Array(rows), text)
    }
}

/// A session with what the table needs besides its fields.
struct SmtpSessionSummary {
    let session: SmtpSession
    let clientAddress: String
    var start: Date { session.start }

    init(_ session: SmtpSession) {
        self.session = session
        clientAddress = Endpoint.address(of: session.client)
    }

    /// The last reply that is not the goodbye, e.g. `554 5.7.1 <a@b>: Relay access denied`.
    var lastReplyText: String {
        let reply = session.replies.last { $0.code != 221 } ?? session.replies.last
        return reply.map { "\($0.code) \($0.text)" } ?? "—"
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
