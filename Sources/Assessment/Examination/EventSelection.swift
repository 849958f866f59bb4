import Formats
import Foundation

/// Which event records are kept while a log streams by: errors, warnings and critical events,
/// every event of the checklist's event sources (ServerProtect, mail and network providers), and
/// — when the incident time is known before the walk (`--incident`, `--hearing`) — the Service
/// Control Manager's events around it, whose inserts then tell whether they concern ServerProtect.
/// The reader decides on the System fields alone (inserts are decoded only for kept records,
/// which keeps reading fast), so the choice cannot look at event data.
public struct EventSelection: Sendable {
    /// The sources used when no checklist names any: those of the ServerProtect checklist.
    public static let defaultSources = [
        "ServerProtect", "SpntSvc", "SPNT", "Trend Micro", "Tcpip", "Dnsapi", "DNS Client",
    ]

    /// The provider of service start, stop and failure events (7036, 7031, 7034, ...).
    static let serviceControlManager = "service control manager"

    /// Provider name fragments of interest (the checklist's `eventSources`).
    public var sources: [String]
    /// Incident times known before the walk.
    public var incidents: [Date]
    /// How far around an incident events are of interest.
    public var window: TimeInterval

    public init(sources: [String] = defaultSources, incidents: [Date] = [], window: TimeInterval = 30 * 60) {
        self.sources = sources
        self.incidents = incidents
        self.window = window
    }

    /// The predicate the event log reader keeps records by. It runs on every record of every log,
    /// so provider names are compared as bytes, without Foundation's string search, and once per
    /// name: a log names a few providers over and over.
    var predicate: @Sendable (EventRecord) -> Bool {
        let words = sources.map { CaselessWord($0) }
        let serviceControlManager = CaselessWord(Self.serviceControlManager)
        let incidents = incidents
        let window = window
        let verdicts = ProviderVerdicts()
        return { record in
            if (1...3).contains(record.level) { return true }
            let name = record.eventSourceName ?? record.provider
            let verdict = verdicts.verdict(on: name) { name in
                if words.contains(where: { $0.occurs(in: name) }) { return .source }
                return serviceControlManager.isName(name) ? .serviceControlManager : .other
            }
            switch verdict {
            case .source: return true
            case .other: return false
            case .serviceControlManager:
                guard let time = record.timeCreated else { return false }
                return incidents.contains { abs($0.timeIntervalSince(time)) <= window }
            }
        }
    }

    /// Whether a kept record concerns the sources: by its provider, or by its inserts (a Service
    /// Control Manager event naming the ServerProtect service).
    static func concernsSources(_ record: EventRecord, words: [String]) -> Bool {
        let provider = (record.eventSourceName ?? record.provider).lowercased()
        if words.contains(where: { provider.contains($0) }) { return true }
        return provider == serviceControlManager
            && record.dataStrings.contains { data in words.contains { data.lowercased().contains($0) } }
    }
}

/// What a provider name tells about its records.
private enum ProviderVerdict {
    /// One of the sources: every record is kept.
    case source
    /// The Service Control Manager: records near an incident are kept.
    case serviceControlManager
    case other
}

/// The verdict on each provider name, remembered: a log names a few providers over and over, and
/// looking for every word in every record's name was a fifth of reading a System log.
///
/// The lanes of a log's reader ask at once, a million times a second each: one lock around one
/// dictionary made them wait for each other (a twentieth of reading). Each thread mostly finds a
/// shard of its own, and a name asked again by the same thread is answered without hashing.
private final class ProviderVerdicts: @unchecked Sendable {
    // Sendable by each shard's lock.
    private let shards = (0..<8).map { _ in Shard() }

    func verdict(on name: String, _ decide: (String) -> ProviderVerdict) -> ProviderVerdict {
        // pthread_t is the address of the thread's control block: mixed, its top bits pick a shard.
        let thread = UInt64(pthread_self())
        return shards[Int((thread &* 0x9E37_79B9_7F4A_7C15) >> 61)].verdict(on: name, decide)
    }

    private final class Shard: @unchecked Sendable {
        // Sendable by `lock` around `known` and `last`.
        private let lock = NSLock()
        private var known: [String: ProviderVerdict] = [:]
        private var last: (name: String, verdict: ProviderVerdict)?
        /// Names remembered at most; a hostile log may name millions.
        private static let limit = 256

        func verdict(on name: String, _ decide: (String) -> ProviderVerdict) -> ProviderVerdict {
            let remembered = lock.withLock { () -> ProviderVerdict? in
                // The reader hands the same String for the same name again: comparing it is cheap.
                if let last, last.name == name { return last.verdict }
                guard let verdict = known[name] else { return nil }
                last = (name, verdict)
                return verdict
            }
            if let remembered { return remembered }
            let verdict = decide(name)
            lock.withLock {
                if known.count < Self.limit { known[name] = verdict }
                last = (name, verdict)
            }
            return verdict
        }
    }
}
