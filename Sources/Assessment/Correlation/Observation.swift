import Foundation
import Intake

/// What the evidence shows, drawn across files the way a senior engineer triages a case:
/// a stable code (`area.what`), how much it matters, when it happened and where it was seen.
public struct Observation: Sendable, Equatable {
    /// A stable identifier for scripts, e.g. `smtp.rejected` (DESIGN.md's list of codes).
    public let code: String
    public let severity: Finding.Severity
    /// When it happened, when the evidence says.
    public let time: Date?
    /// The files it rests on.
    public let evidence: [CasePath]
    /// One sentence in each language, from the phrasebook (`Templates/phrases/observations.yaml`).
    public let message: LocalizedText

    public init(code: String, severity: Finding.Severity, time: Date?, evidence: [CasePath], message: LocalizedText) {
        self.code = code
        self.severity = severity
        self.time = time
        self.evidence = evidence
        self.message = message
    }

    /// The observation as a finding under a checklist item.
    public var finding: Finding { Finding(severity, code, message) }
}

extension Array where Element == Observation {
    /// Problems first, then warnings, then the rest; each group in time order (untimed last).
    public func byImportance() -> [Observation] {
        enumerated().sorted { left, right in
            if left.element.severity != right.element.severity { return left.element.severity > right.element.severity }
            switch (left.element.time, right.element.time) {
            case (let a?, let b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.offset < right.offset
            }
        }.map(\.element)
    }

    /// The observations of `code` whose evidence includes a file of the given paths.
    func about(_ code: String, _ paths: [CasePath]) -> [Observation] {
        filter { $0.code == code && $0.evidence.contains { paths.contains($0) } }
    }
}
