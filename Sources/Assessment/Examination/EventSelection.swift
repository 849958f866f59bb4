import Formats

/// Which event records are kept while a log streams by, before the incident time is known
/// (the hearing sheet may come later in the archive): errors, warnings and critical events,
/// and every event of a ServerProtect- or mail-related provider. The report then shows those
/// near the incident. The reader decides on the System fields alone (inserts are decoded only
/// for kept records, which keeps reading fast), so the choice cannot look at event data.
enum EventSelection {
    /// Provider names of interest, matched case-insensitively as substrings. The checklist's
    /// `eventSources` extends the list for the report; this built-in list keeps the stream bounded.
    static let providerWords = ["serverprotect", "spnt", "trend micro", "tcpip", "dnsapi", "dns client", "smtp"]

    @Sendable static func worthKeeping(_ record: EventRecord) -> Bool {
        if (1...3).contains(record.level) { return true }
        let name = (record.eventSourceName ?? record.provider).lowercased()
        return providerWords.contains { name.contains($0) }
    }
}
