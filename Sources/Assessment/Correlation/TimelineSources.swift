import Formats
import Foundation

/// The entries each source adds to the timeline: events, SPNT.log lines, SMTP replies and
/// unanswered SYNs, mail-server log lines, the customer's own timeline.
enum TimelineSources {
    static func items(_ evidence: CorrelationEvidence) -> [TimelineItem] {
        var items = events(evidence)
        items += debugLog(evidence)
        smtp(evidence, into: &items)
        items += mailServerLog(evidence)
        items += customer(evidence)
        return items
    }

    static func events(_ evidence: CorrelationEvidence) -> [TimelineItem] {
        evidence.events.map { event in
            let severity: Finding.Severity =
                event.level == 1 || event.level == 2 ? .problem : event.level == 3 ? .warning : .info
            let message =
                evidence.phrases.eventMessage(provider: event.provider, eventID: event.eventID, inserts: event.inserts)
                ?? event.summary
            return TimelineItem(
                time: event.time, source: .event, path: event.file.description, severity: severity,
                text: LogLineText.shortened("\(event.provider) \(event.eventID): \(message)"))
        }
    }

    static func debugLog(_ evidence: CorrelationEvidence) -> [TimelineItem] {
        evidence.files.filter(\.isReadable).flatMap { file -> [TimelineItem] in
            guard let summary = file.facts.debugLog else { return [] }
            return summary.notableLines.compactMap { line in
                guard let time = line.time?.date(in: evidence.incident.zone), evidence.relevant(time) else {
                    return nil
                }
                let failed = line.keywords.contains("fail") || line.keywords.contains("error")
                return TimelineItem(
                    time: time, source: .debugLog, path: file.path.description, severity: failed ? .problem : .info,
                    text: LogLineText.shortened(LogLineText.withoutTimestamp(line.text)))
            }
        }
    }

    /// A capture of thousands of sessions gives tens of thousands of lines: they are appended
    /// where they go, each session's two directions written once.
    static func smtp(_ evidence: CorrelationEvidence, into items: inout [TimelineItem]) {
        for captured in evidence.sessions where evidence.relevant(captured.session.start) {
            let session = captured.session
            let path = captured.file.description
            let opening = "\(session.client) → \(session.server)"
            if session.outcome == .noAnswer || session.outcome == .refused {
                items.append(
                    TimelineItem(
                        time: session.start, source: .capture, path: path, severity: .problem,
                        text: "\(opening) SYN — " + (session.outcome == .refused ? "RST" : "no answer")))
                continue
            }
            items.append(
                TimelineItem(
                    time: session.start, source: .capture, path: path, severity: .info, text: "\(opening) SYN"))
            let answer = "\(session.server) → \(session.client) "
            for reply in session.replies {
                let severity: Finding.Severity =
                    reply.code >= 500 ? .problem : reply.code >= 400 ? .warning : .info
                items.append(
                    TimelineItem(
                        time: reply.time ?? session.start, source: .capture, path: path, severity: severity,
                        text: answer + "\(reply.code) \(reply.text)"))
            }
        }
    }

    static func mailServerLog(_ evidence: CorrelationEvidence) -> [TimelineItem] {
        evidence.files.filter(\.isReadable).flatMap { file -> [TimelineItem] in
            guard let summary = file.facts.mailServerLog else { return [] }
            // Followed for the Normal Server (--server), or the kept lines that name it.
            let server = evidence.normalServer.addresses + evidence.normalServer.names
            let followed = !summary.clientFilter.isEmpty
            guard followed || !server.isEmpty else { return [] }
            return summary.listedLines.compactMap { line in
                guard let time = line.time, evidence.relevant(time),
                    followed || server.contains(where: { LogLineText.mentions(line.text, $0) })
                else { return nil }
                let severity: Finding.Severity =
                    ["bounced", "rejected", "expired"].contains(line.status ?? "")
                    ? .problem : line.status == "deferred" ? .warning : .info
                return TimelineItem(
                    time: time, source: .mailServerLog, path: file.path.description, severity: severity,
                    text: LogLineText.shortened(line.text))
            }
        }
    }

    static func customer(_ evidence: CorrelationEvidence) -> [TimelineItem] {
        guard let hearing = evidence.hearing else { return [] }
        return hearing.timeline.map {
            TimelineItem(time: $0.time, source: .customer, path: hearing.source, severity: .info, text: $0.text)
        }
    }
}

/// Log lines as the timeline shows them: the time is in its own column.
enum LogLineText {
    /// The most characters of one timeline line: event inserts can be kilobytes of hex.
    static let limit = 240

    /// `text` cut to `limit` characters, with an ellipsis when cut.
    static func shortened(_ text: String) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// Whether `text` names `token` as a whole word (`192.0.2.1` is not in `192.0.2.10`), any case.
    static func mentions(_ text: String, _ token: String) -> Bool {
        let lowered = text.lowercased()
        let needle = token.lowercased()
        var searchStart = lowered.startIndex
        while let range = lowered.range(of: needle, range: searchStart..<lowered.endIndex) {
            let before = range.lowerBound == lowered.startIndex ? nil : lowered[lowered.index(before: range.lowerBound)]
            let after = range.upperBound == lowered.endIndex ? nil : lowered[range.upperBound]
            let joins = { (character: Character?) in
                character.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" } ?? false
            }
            if !joins(before) && !joins(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    /// `2026/11/20 10:05:21.037 [Notify] …` → `[Notify] …` (the leading date and time dropped).
    static func withoutTimestamp(_ text: String) -> String {
        var rest = Substring(text)
        for _ in 0..<2 {
            let trimmed = rest.drop { $0 == " " || $0 == "[" }
            let token = trimmed.prefix { $0 != " " && $0 != "]" }
            guard token.contains(where: \.isNumber), token.allSatisfy({ $0.isNumber || "/-:.".contains($0) }) else {
                break
            }
            rest = trimmed.dropFirst(token.count).drop { $0 == " " || $0 == "]" }
        }
        return rest.isEmpty ? text : String(rest)
    }
}
