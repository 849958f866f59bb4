import Formats
import Intake

/// The phrasebook entry that words a finding: the code it publishes, its key in
/// `phrases/findings.yaml` and the values its emitter supplies.
public struct FindingEntry: Hashable, Sendable, CustomStringConvertible {
    /// The code in `summary.json` `items[].findings[].code`.
    public let code: String
    /// The entry of `phrases/findings.yaml`: the code, or `code.variant` when one code has two sentences.
    public let key: String
    /// The `{placeholders}` the emitting code fills.
    public let values: Set<String>
    /// The severity depends on the case (the code chooses it); else the phrasebook's entry holds it.
    public let severityByCode: Bool

    public var description: String { key }

    /// An intake problem as a finding: `intake.` + the problem's code.
    static func intake(_ problem: IntakeProblem.Code) -> FindingEntry {
        let code = "intake." + problem.rawValue
        return FindingEntry(code: code, key: code, values: ["path", "detail"], severityByCode: false)
    }

    /// A mail's hint about garbled characters: `mail.` + the hint's code.
    static func mail(_ hint: MailDiagnosis.Code) -> FindingEntry {
        let code = "mail." + hint.rawValue
        return FindingEntry(code: code, key: code, values: ["detail"], severityByCode: false)
    }

    /// Every entry a finding can be worded by: complete by construction (three `CaseIterable`s).
    public static let all: [FindingEntry] =
        FindingCode.allCases.map(\.entry) + IntakeProblem.Code.allCases.map(intake)
        + MailDiagnosis.Code.allCases.map(mail)
}
