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

    public init(_ severity: Severity, _ code: String, _ message: LocalizedText) {
        self.severity = severity
        self.code = code
        self.message = message
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
