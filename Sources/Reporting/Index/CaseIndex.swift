import Assessment
import Foundation

/// The team's overview of open cases (`caseintake index DIR`): one row per case folder, the
/// incomplete ones first, then the oldest last round first — ordered here, since the page
/// carries no script. Strings are raw; each renderer escapes for its own format.
public struct CaseIndex: Sendable {
    /// One case.
    public struct Row: Sendable {
        public var caseID: String
        public var customer: String
        public var symptom: String
        public var complete: Bool
        public var statusText: String
        /// `(4)(10)` / `(4) and (10)`; empty when none.
        public var open: String
        public var rounds: Int
        public var lastRound: String
        /// The first observation by severity, in the page's language.
        public var topObservation: String?
        public var topSeverity: String
        /// The case's report, relative to the index and percent-encoded.
        public var report: String
        let lastRoundDate: Date
    }

    /// A case folder whose summary.json cannot be read, and why.
    public struct Unreadable: Sendable {
        public var path: CaseText
        public var reason: String
    }

    public var language: String
    public var labels: [String: String]
    public var rows: [Row]
    public var hasRows: Bool
    public var unreadable: [Unreadable]
    public var hasUnreadable: Bool
    /// 「3 件」 / "3 cases".
    public var count: String
    public var generatedAt: String
    public var toolVersion: String

    /// The index of the case folders found, in `language`.
    public init(
        _ found: [CaseFolderScan.Found], language: ReportLanguage, labels: ReportLabels, generatedAt: Date,
        zone: TimeZone
    ) {
        self.language = language.rawValue
        self.labels = labels.text
        var rows: [Row] = []
        var unreadable: [Unreadable] = []
        for folder in found {
            switch folder.outcome {
            case .summary(let summary, let written):
                rows.append(
                    Self.row(summary, written: written, path: folder.relativePath, language: language, labels: labels))
            case .unreadable(let reason):
                unreadable.append(Unreadable(path: CaseText(folder.relativePath), reason: reason))
            }
        }
        self.rows = rows.sorted(by: Self.precedes)
        hasRows = !rows.isEmpty
        self.unreadable = unreadable
        hasUnreadable = !unreadable.isEmpty
        count = labels["indexCount"].replacingOccurrences(of: "{count}", with: String(rows.count))
        self.generatedAt = DisplayFormat.time(generatedAt, in: zone)
        toolVersion = CaseIntakeVersion.current
    }

    /// Incomplete first, then the oldest last round first, then by case id.
    static func precedes(_ left: Row, _ right: Row) -> Bool {
        if left.complete != right.complete { return !left.complete }
        if left.lastRoundDate != right.lastRoundDate { return left.lastRoundDate < right.lastRoundDate }
        return left.caseID < right.caseID
    }

    private static func row(
        _ summary: EarlierSummary, written: Date, path: String, language: ReportLanguage, labels: ReportLabels
    ) -> Row {
        let history = summary.history
        let last = history.rounds.last
        let top = history.observations.byImportance().first
        let customer =
            language == .ja ? summary.customer ?? summary.customerEnglish : summary.customerEnglish ?? summary.customer
        let open =
            last?.open ?? history.items.filter { $0.status == .missing || $0.status == .insufficient }.map(\.number)
        return Row(
            // One line each: a table row of the Markdown page ends at a line break.
            caseID: PlainText.singleLine(history.caseID), customer: customer.map(PlainText.singleLine) ?? "—",
            symptom: labels["symptomName.\(history.symptom.rawValue)"],
            complete: summary.complete, statusText: labels[summary.complete ? "indexComplete" : "indexIncomplete"],
            open: RoundRows.itemList(open, labels: labels), rounds: history.rounds.count,
            lastRound: DisplayFormat.time(last?.date ?? written, in: summary.timeZone),
            topObservation: top.map { PlainText.singleLine(language == .ja ? $0.message.ja : $0.message.en) },
            topSeverity: top?.severity.rawValue ?? "info",
            report: link(path + "/report.\(language.rawValue).html"), lastRoundDate: last?.date ?? written)
    }

    /// A relative link: every path component percent-encoded (`:` included, so no scheme can form).
    static func link(_ path: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return "./"
            + path.split(separator: "/").map {
                String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            }.joined(separator: "/")
    }
}
