/// The kind of a received file and how it was told.
public struct Recognition: Sendable, Equatable {
    /// What decided the kind.
    public enum Basis: String, Sendable, Codable {
        /// The bytes: a magic number or the structure of the text.
        case content
        /// Only the file or folder name (content unreadable or not distinctive).
        case name
    }

    public let kind: EvidenceKind
    public let basis: Basis
    /// Why the kind may be wrong or the file unusable, e.g. "named .evtx but not an event log"
    /// (a finding of code `recognition.note`).
    public let note: Finding?

    public init(_ kind: EvidenceKind, _ basis: Basis, note: Finding? = nil) {
        self.kind = kind
        self.basis = basis
        self.note = note
    }
}
