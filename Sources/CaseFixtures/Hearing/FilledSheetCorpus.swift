import Foundation

/// Filled hearing sheets written the ways customers return them, each with what a reader must
/// take from it. The answers fill the real blank sheet (`FilledSheetWriter.fill`).
public enum FilledSheetCorpus {
    /// One filled sheet and what it must yield.
    public struct Sheet: Sendable, CustomStringConvertible {
        public let name: String
        public let writer: FilledSheetWriter
        /// Answers by question id, as written.
        public let answers: [String: String]
        /// Field values by field id, as written.
        public let fields: [String: String]
        /// Flags (`unknown`, `not-done`, `none`) by question or field id.
        public let flags: [String: String]
        /// `not-sent`, `garbled`, `other` or `unknown`.
        public let symptom: String
        public let symptomInferred: Bool
        /// The first incident time, nil when the sheet gives none.
        public let incidentTime: Date?
        /// Which answer the incident time comes from (`when`, `timeline`, `what`).
        public let incidentTimeSource: String?
        /// Timeline entries with a time.
        public let timelineEntries: Int

        public var description: String { name }
    }

    /// Question ids of the bundled checklist in sheet order.
    public static let questionIDs = [
        "what", "when", "frequency", "scope", "conditions", "os", "differences", "changes", "workarounds",
    ]
    /// One-line field ids in sheet order.
    public static let lineFieldIDs = [
        "program-version", "engine-version", "pattern-version", "mail-server-application", "mail-server-version",
        "mail-server-os", "mail-server-fqdn", "mail-server-ip", "mail-server-name",
    ]

    static let answers: [String] = [
        "ウイルス検出時の通知メールが管理者に届きません。", "2026/11/20 10:05", "毎回発生します（これまでに 5 回）。", "2 台中 1 台で発生します。",
        "EICAR テストファイルを置くと発生します。", "Windows Server 2019 Standard", "設定の相違はございません。",
        "11/18 に Windows Update を適用しました。", "サービスを再起動しました（2026/11/20 10:30）。",
    ]
    static let lineFields: [String] = [
        "5.8 Build 1234", "12.000.1008", "19.123.00", "Postfix", "3.5.6", "Red Hat Enterprise Linux 8",
        "mail.example.co.jp", "192.0.2.25", "mail01",
    ]
    static let telnet = "220 mail.example.co.jp ESMTP Postfix"

    /// 2026-11-20 10:05 JST.
    static let incident = FixtureClock.incident

    /// Every sheet of the corpus.
    public static let sheets: [Sheet] = ticks + placements + dates + words + wrappings

    private static func sheet(
        _ name: String, placement: FilledSheetWriter.Placement = .inPlace,
        choice: FilledSheetWriter.Choice = .tick("x"),
        symptomIndex: Int = 0, wrapping: FilledSheetWriter.Wrapping = .file, replacing: [Int: String] = [:],
        timeline: [String] = ["2026/11/20 10:05 EICAR テストファイルを配置", "2026/11/20 10:07 通知メールが届かないことを確認"],
        flags: [String: String] = [:], symptom: String = "not-sent", inferred: Bool = false,
        incident: Date? = incident, source: String? = "when", entries: Int = 2
    ) -> Sheet {
        var answers = Self.answers
        for (index, text) in replacing { answers[index] = text }
        let writer = FilledSheetWriter(
            placement: placement, choice: choice, symptomIndex: symptomIndex, wrapping: wrapping, answers: answers,
            lineFields: lineFields, telnet: telnet, timeline: timeline)
        var fields = Dictionary(uniqueKeysWithValues: zip(lineFieldIDs, lineFields))
        fields["telnet-result"] = telnet
        fields["timeline"] = timeline.isEmpty ? nil : timeline.joined(separator: "\n")
        return Sheet(
            name: name, writer: writer, answers: Dictionary(uniqueKeysWithValues: zip(questionIDs, answers)),
            fields: fields, flags: flags, symptom: symptom, symptomInferred: inferred, incidentTime: incident,
            incidentTimeSource: source, timelineEntries: entries)
    }

    static let ticks: [Sheet] =
        ["x", "X", "ｘ", "〇", "○", "●", "✓", "✔", "☑", "レ"].enumerated().map { index, mark in
            sheet(
                "ticked [\(mark)]", choice: .tick(mark), symptomIndex: index % 2,
                symptom: index % 2 == 0 ? "not-sent" : "garbled")
        } + [
            sheet("a bare ☑ before the choice", choice: .bareMark("☑"), symptomIndex: 1, symptom: "garbled"),
            sheet("the other choices deleted", choice: .deleteOthers, symptomIndex: 1, symptom: "garbled"),
            sheet("only the other choice left", choice: .deleteOthers, symptomIndex: 2, symptom: "other"),
        ]

    static let placements: [Sheet] = [
        sheet("answers after → on the question line", placement: .arrow, choice: .tick("〇")),
        sheet("answers after ： on the question line", placement: .wideColon, choice: .tick("●")),
        sheet("answers after : on the question line", placement: .colon),
        sheet("answers under the left placeholder", placement: .underPlaceholder, choice: .tick("✓")),
    ]

    static let dates: [Sheet] = [
        sheet("1-2 with 午前 and 頃", replacing: [1: "2026年11月20日 午前10時05分頃"]),
        sheet("1-2 with 午後", replacing: [1: "11月20日 午後3時05分頃"], incident: incident.addingTimeInterval(5 * 3600)),
        sheet("1-2 with 時頃 only", replacing: [1: "2026年11月20日 10時頃"], incident: incident.addingTimeInterval(-300)),
        sheet("1-2 in 令和", replacing: [1: "令和8年11月20日 10:05"]),
        sheet("1-2 in full-width digits", replacing: [1: "２０２６／１１／２０　１０：０５"]),
        sheet(
            "1-2 without a year, the year from the timeline", replacing: [1: "11月20日 10時05分"],
            timeline: ["・2026/11/20 10:05 EICAR テストファイルを配置", "・2026/11/20 10:07 通知が来ないことを確認"]),
        sheet(
            "timeline with - and 令和", timeline: ["- 令和8年11月20日 10:05 配置", "- 令和8年11月20日 10:07 確認"]),
        sheet("timeline with * ", timeline: ["* 2026/11/20 10:05 配置", "* 2026/11/20 10:07 確認"]),
        sheet("numbered timeline", timeline: ["1. 11/20 10:05 配置", "2. 11/20 10:07 確認"]),
        sheet(
            "timeline in full-width with 時分", timeline: ["・１１月２０日　１０時０５分　配置", "・１１月２０日　１０時０７分　確認"]),
        sheet(
            "1-2 wins over an earlier timeline line",
            timeline: ["2026/11/20 09:50 パターンファイルを更新", "2026/11/20 10:05 EICAR テストファイルを配置"]),
        sheet(
            "1-2 unknown: the time from the timeline's first line", replacing: [1: "不明"],
            flags: ["when": "unknown"], source: "timeline"),
        sheet(
            "1-2 unknown, no timeline: the time from 1-1",
            replacing: [0: "2026/11/20 10:05 頃から通知メールが届きません。", 1: "わかりません"], timeline: [],
            flags: ["when": "unknown"], source: "what", entries: 0),
    ]

    static let words: [Sheet] = [
        sheet(
            "不明, 未実施, なし, 特になし are answers",
            replacing: [3: "不明", 6: "特になし", 7: "なし", 8: "未実施です。"],
            flags: ["scope": "unknown", "differences": "none", "changes": "none", "workarounds": "not-done"]),
        sheet(
            "no choice, 1-1 says 届かない: not sent, inferred", choice: .none,
            replacing: [0: "ウイルスを検出しても通知メールが届かない。"], symptom: "not-sent", inferred: true),
        sheet(
            "no choice, 1-1 says 文字化け: garbled, inferred", choice: .none,
            replacing: [0: "通知メールの件名が文字化けしています。"], symptom: "garbled", inferred: true),
        sheet(
            "no choice, 1-1 says not delivered (English words)", choice: .none,
            replacing: [0: "Notification mail is not delivered to the admin."], symptom: "not-sent", inferred: true),
        sheet(
            "no choice and no symptom words", choice: .none, replacing: [0: "サービスが停止します。"], symptom: "unknown"),
    ]

    static let wrappings: [Sheet] = [
        sheet("quoted in a reply", choice: .tick("〇"), wrapping: .quotedReply),
        sheet("pasted into a mail as plain text", wrapping: .plainText),
        sheet("pasted as plain text, answers after →", placement: .arrow, choice: .tick("レ"), wrapping: .plainText),
    ]
}
