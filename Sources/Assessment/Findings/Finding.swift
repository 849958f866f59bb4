/// One observation about the case, a file or a checklist item, in both report languages.
public struct Finding: Sendable, Codable, Equatable {
    /// How much the finding matters to the verdict.
    public enum Severity: String, Sendable, Codable, Comparable {
        case info, warning, problem

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public let severity: Severity
    /// A stable identifier for scripts, e.g. `evtx.system-missing`.
    public let code: String
    public let message: LocalizedText
    /// How the message was worded, so another phrasebook can word it again; nil for a message
    /// worded elsewhere (an observation's).
    var wording: Wording? = nil

    /// A phrasebook entry and the values put into it.
    struct Wording: Sendable, Equatable {
        let entry: FindingEntry
        let values: [String: String]
        let localized: [String: LocalizedText]
        /// The severity the emitting code chose, when the phrasebook's is not the one.
        let severity: Severity?
    }

    private enum CodingKeys: String, CodingKey { case severity, code, message }

    /// Two findings are the same when they say the same: how they were worded does not count.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.severity == rhs.severity && lhs.code == rhs.code && lhs.message == rhs.message
    }

    /// A finding whose sentence is worded elsewhere (an observation's); checks and inspections
    /// name a `FindingCode` instead, so that their words stay in `phrases/findings.yaml`.
    public init(_ severity: Severity, _ code: String, _ message: LocalizedText) {
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// A finding worded by `phrases`: its severity there (or `severity` when the code chooses it)
    /// and its sentence with `{name}` filled from `values` and, per language, from `localized`.
    init(
        _ code: FindingCode, _ values: [String: String] = [:], localized: [String: LocalizedText] = [:],
        severity: Severity? = nil, in phrases: Phrasebook
    ) {
        self.init(code.entry, values, localized: localized, severity: severity, in: phrases)
    }

    /// A finding worded by the phrasebook entry `entry` (an intake problem's, a mail hint's).
    init(
        _ entry: FindingEntry, _ values: [String: String] = [:], localized: [String: LocalizedText] = [:],
        severity: Severity? = nil, in phrases: Phrasebook
    ) {
        assert(
            Set(values.keys).union(localized.keys) == entry.values,
            "\(entry) is emitted with \(values.keys.sorted()) + \(localized.keys.sorted()), declared \(entry.values)")
        self.init(
            severity ?? phrases.severity(ofFinding: entry), entry.code,
            phrases.text(ofFinding: entry, values, localized: localized))
        wording = Wording(entry: entry, values: values, localized: localized, severity: severity)
    }

    /// The same finding with another severity (a failed telnet beside a successful one is history).
    func with(severity: Severity) -> Finding {
        var finding = Finding(severity, code, message)
        finding.wording = wording.map {
            Wording(entry: $0.entry, values: $0.values, localized: $0.localized, severity: severity)
        }
        return finding
    }

    /// The finding worded by another phrasebook (a `--templates` folder); as it is when it was
    /// not worded from one.
    func worded(by phrases: Phrasebook) -> Finding {
        guard let wording else { return self }
        return Finding(
            wording.entry, wording.values, localized: wording.localized, severity: wording.severity, in: phrases)
    }
}

/// A text in Japanese and English.
public struct LocalizedText: Sendable, Codable, Equatable, Hashable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    /// The same text in both languages (file names, numbers, customer text).
    public init(_ both: String) {
        self.init(ja: both, en: both)
    }
}
