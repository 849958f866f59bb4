import Intake

/// Entries that came in but could not be read — encrypted without the password or with a wrong
/// one, encrypted in a way libarchive cannot decrypt, damaged — and what that means for the
/// verdicts: unreadable is not missing. Nothing is judged from such entries; an item that would
/// otherwise be missing or insufficient and may rest on them is marked not judged, with a finding
/// of code `input.unreadable`, and the follow-up mail asks for the password or a new archive
/// instead of the item.
public struct UnreadableInputs: Sendable {
    /// One line per archive and reason, for the top of the report and of `check`.
    public struct Summary: Sendable {
        /// The archive the entries are in (`case.zip`, `case.zip!/logs.zip`), or the entry itself.
        public let archive: String
        public let code: IntakeProblem.Code
        /// How many entries share the reason.
        public let count: Int

        /// The customer can fix this by telling the password; else by sending the archive again.
        public var asksPassword: Bool { code == .encryptedNoPassword || code == .wrongPassword }

        /// Why the entries could not be read, in the standard phrasebook's words.
        public var reason: LocalizedText { reason(in: .standard) }

        /// Why the entries could not be read, in the words of `phrases` (`words:` `unreadable.…`).
        public func reason(in phrases: Phrasebook) -> LocalizedText {
            let entries = phrases.word(count == 1 ? "entries.one" : "entries.many", ["count": String(count)])
            let key: String
            switch code {
            case .encryptedNoPassword: key = "unreadable.encrypted-no-password"
            case .wrongPassword: key = "unreadable.wrong-password"
            case .unsupportedEncryption: key = "unreadable.unsupported-encryption"
            default: key = "unreadable.damaged"
            }
            return Phrasebook.fill(phrases.word(key), [:], localized: ["entries": entries])
        }
    }

    /// The problems that make entries unreadable, as opposed to limits or odd names.
    static let codes: Set<IntakeProblem.Code> = [
        .encryptedNoPassword, .wrongPassword, .unsupportedEncryption, .entryDamaged, .archiveCorrupt,
    ]

    /// Kinds decided from a name alone that could hide any evidence.
    static let unknownKinds: Set<EvidenceKind> = [.unknown, .text, .archive]

    public let summaries: [Summary]
    /// The entries that could not be read.
    let paths: Set<CasePath>
    /// An archive is damaged as a whole: what it held past the damage is unknown.
    let archiveDamaged: Bool

    public init(_ problems: [IntakeProblem]) {
        let relevant = problems.filter { Self.codes.contains($0.code) }
        var summaries: [Summary] = []
        for problem in relevant {
            let archive = Self.archive(of: problem)
            guard !summaries.contains(where: { $0.archive == archive && $0.code == problem.code }) else { continue }
            let count = relevant.filter { $0.code == problem.code && Self.archive(of: $0) == archive }.count
            summaries.append(Summary(archive: archive, code: problem.code, count: count))
        }
        self.summaries = summaries
        paths = Set(relevant.map(\.path))
        archiveDamaged = relevant.contains { $0.code == .archiveCorrupt }
    }

    /// Nothing was left unread.
    public var isEmpty: Bool { summaries.isEmpty }

    /// Whether `file` is one of the entries that could not be read.
    public func contains(_ file: ReceivedFile) -> Bool { paths.contains(file.path) && !file.isReadable }

    /// The verdict as it stands, or not judged when it would ask for something that may be among
    /// the unread entries.
    func judge(_ verdict: ItemVerdict, files: [ReceivedFile], phrases: Phrasebook) -> ItemVerdict {
        guard !isEmpty, verdict.status == .missing || verdict.status == .insufficient else { return verdict }
        let item = verdict.item
        let hearingBased = !item.questions.isEmpty || !item.hearingFieldIDs.isEmpty
        let unread = files.filter(contains).filter { file in
            item.evidenceKinds.contains(file.kind) || Self.unknownKinds.contains(file.kind)
                || (hearingBased && file.kind == .hearingSheet) || verdict.evidence.contains(file.path)
        }
        guard archiveDamaged || !unread.isEmpty else { return verdict }
        let names = unread.isEmpty ? summaries.map(\.archive) : unread.map(\.path.description)
        let shown = names.prefix(3).joined(separator: ", ")
        let more = names.count > 3 ? phrases.word("and-more", ["count": String(names.count - 3)]) : LocalizedText("")
        let finding = Finding(.inputUnreadable, ["files": shown], localized: ["more": more], in: phrases)
        return ItemVerdict(
            item: item, status: .insufficient, conditional: verdict.conditional, evidence: unread.map(\.path),
            findings: [finding], judged: false)
    }

    /// `case.zip` for the entries of an input, `case.zip!/logs.zip` for those of a nested archive.
    static func archive(of problem: IntakeProblem) -> String {
        let layers = problem.path.layers
        return layers.count > 1 ? layers.dropLast().joined(separator: "!/") : layers[0]
    }
}

extension CaseExamination {
    /// The entries of the case that could not be read, and why.
    public var unreadable: UnreadableInputs { UnreadableInputs(intakeProblems) }
}
