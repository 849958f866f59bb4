import Formats

/// Which event records are kept while a log streams by, before the incident time is known
/// (the hearing sheet may come later in the archive): errors, warnings and critical events,
/// and every event of the checklist's event sources (ServerProtect, mail and network
/// providers). The report then shows those near the incident. The reader decides on the System
/// fields alone (inserts are decoded only for kept records, which keeps reading fast), so the
/// choice cannot look at event data.
public enum EventSelection {
    /// The sources used when no checklist names any: those of the ServerProtect checklist.
    public static let defaultSources = [
        "ServerProtect", "SpntSvc", "SPNT", "Trend Micro", "Tcpip", "Dnsapi", "DNS Client",
    ]

    /// A predicate keeping errors, warnings and events whose provider contains one of `sources`
    /// (any case).
    static func keeping(sources: [String]) -> @Sendable (EventRecord) -> Bool {
        let words = sources.map { $0.lowercased() }
        return { record in
            if (1...3).contains(record.level) { return true }
            let name = (record.eventSourceName ?? record.provider).lowercased()
            return words.contains { name.contains($0) }
        }
    }
}
