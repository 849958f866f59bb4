import Formats
import Foundation

/// Events from the event logs near the incident: errors and warnings, every event of the
/// checklist's event sources (ServerProtect, mail and network providers), and Service Control
/// Manager events that name one of them (the ServerProtect service starting or stopping).
enum IncidentEvents {
    static func near(_ incidents: [Date], window: TimeInterval, in files: [ReceivedFile], sources: [String])
        -> [IncidentEvent]
    {
        guard !incidents.isEmpty else { return [] }
        let words = sources.map { $0.lowercased() }
        var events: [IncidentEvent] = []
        for file in files {
            guard let summary = file.facts.eventLog else { continue }
            for record in summary.keptRecords {
                guard let time = record.timeCreated,
                    incidents.contains(where: { abs($0.timeIntervalSince(time)) <= window })
                else { continue }
                let provider = record.eventSourceName ?? record.provider
                guard (1...3).contains(record.level) || EventSelection.concernsSources(record, words: words)
                else { continue }
                let summaryText = record.dataStrings.prefix(3).joined(separator: " / ")
                events.append(
                    IncidentEvent(
                        time: time, level: record.level, provider: provider, eventID: record.eventID,
                        channel: record.channel, summary: String(summaryText.prefix(160)),
                        inserts: record.dataStrings.prefix(8).map { String($0.prefix(300)) }, file: file.path))
            }
        }
        return events.sorted { $0.time < $1.time }
    }
}
