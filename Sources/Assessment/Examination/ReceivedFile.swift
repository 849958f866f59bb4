import Intake

/// One file of the case as the report shows it: where it is, what it is, what it says.
public struct ReceivedFile: Sendable {
    public let path: CasePath
    public let kind: EvidenceKind
    /// How the kind was decided.
    public let recognizedBy: Recognition.Basis
    public let bytes: Int64
    /// SHA-256 of the content; nil when it could not be read in full (encrypted, damaged, limit)
    /// or when the case was read without digests (`CaseRequest.takesDigests`).
    public let sha256: String?
    /// The file was read to its end, so its facts describe all of it.
    public let isReadable: Bool
    public let entryType: EntryType
    public let facts: FileFacts
    public let findings: [Finding]
    /// The size the archive declares, shown for an entry that could not be read.
    public var declaredSize: Int64? = nil

    /// Read to its end and not empty: a 0-byte `SPNT.log` satisfies nothing, whatever its name.
    public var isUsable: Bool { isReadable && bytes > 0 }
}
