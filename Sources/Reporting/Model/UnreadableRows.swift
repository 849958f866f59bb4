import Assessment

/// The inputs whose entries could not be read, as the top of the report and the mail show them.
public struct UnreadableRows: Sendable {
    /// One archive and why its entries could not be read.
    public struct Row: Sendable {
        public var archive: CaseText
        public var reason: String
    }

    public var rows: [Row]
    public var any: Bool
    /// Some entries need the password (none given, or a wrong one).
    public var asksPassword: Bool
    /// Some entries need the archive again (damaged, or encrypted in a way not decryptable here).
    public var asksNewArchive: Bool

    init(_ unreadable: UnreadableInputs, phrases: Phrasebook, pick: (LocalizedText) -> String) {
        rows = unreadable.summaries.map { Row(archive: CaseText($0.archive), reason: pick($0.reason(in: phrases))) }
        any = !rows.isEmpty
        asksPassword = unreadable.summaries.contains(where: \.asksPassword)
        asksNewArchive = unreadable.summaries.contains { !$0.asksPassword }
    }
}
