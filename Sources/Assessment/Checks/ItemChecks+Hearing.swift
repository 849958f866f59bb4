import Foundation

extension ItemChecks {
    /// Item 1: every question answered → ok; some → insufficient, asking only the open ones.
    static func hearingAnswers(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        guard let hearing = context.hearing else {
            return ItemVerdict(
                item: item, status: .missing,
                findings: [
                    Finding(
                        .problem, "hearing.missing",
                        LocalizedText(
                            ja: "ご記入いただいたヒアリングシートを確認できませんでした。", en: "No filled hearing sheet was found."))
                ],
                unansweredQuestions: item.questions)
        }
        let open = item.questions.filter { hearing.answers[$0.id] == nil }
        var findings: [Finding] = []
        if hearing.symptom == .unknown && context.symptom == .unknown {
            findings.append(
                Finding(
                    .warning, "hearing.symptom-unknown",
                    LocalizedText(
                        ja: "ヒアリングシートで事象の種類が選択されておりませんでした。", en: "The hearing sheet does not say which symptom applies."
                    )))
        }
        if !open.isEmpty {
            findings.append(
                Finding(
                    .problem, "hearing.unanswered",
                    LocalizedText(
                        ja: "未回答のご質問が \(open.count) 件ございます。", en: "\(open.count) questions are not answered yet.")))
        }
        if context.incidentTimes.isEmpty && hearing.answers["when"] != nil && hearing.flags["when"] == nil {
            findings.append(
                Finding(
                    .warning, "hearing.incident-time-unreadable",
                    LocalizedText(
                        ja: "発生日時のご回答から日時を読み取ることができませんでした（例: 2026/11/20 10:05）。",
                        en:
                            "No date and time could be read from the answer on when it happened (e.g. 2026/11/20 10:05)."
                    )))
        }
        return ItemVerdict(
            item: item, status: open.isEmpty ? .ok : .insufficient, evidence: [],
            findings: findings, unansweredQuestions: open)
    }

    /// Items answered by hearing-sheet fields (2, 11): all valid → ok, none → missing, else insufficient.
    static func fields(_ item: ChecklistItem, _ context: CheckContext, present code: String) -> ItemVerdict {
        let fields = context.checklist.hearingFields.filter { item.hearingFieldIDs.contains($0.id) }
        var open: [HearingField] = []
        var findings: [Finding] = []
        for field in fields {
            guard let value = context.field(field.id) else {
                open.append(field)
                continue
            }
            // 「不明」「なし」 is the customer's answer: shown in the report, not asked again.
            if context.hearing?.flags[field.id] == nil, !AnswerShapes.accepts(value, as: field.shape) {
                open.append(field)
                findings.append(
                    Finding(
                        .problem, "\(item.id).malformed",
                        LocalizedText(
                            ja:
                                "「\(field.label.ja)」のご回答「\(value)」は想定した形式ではございませんでした（例: \(AnswerShapes.example(field.shape))）。",
                            en:
                                "The answer \"\(value)\" to \"\(field.label.en)\" is not in the expected form (e.g. \(AnswerShapes.example(field.shape)))."
                        )))
            }
        }
        let status: ItemStatus =
            open.isEmpty ? .ok : open.count == fields.count && findings.isEmpty ? .missing : .insufficient
        if status == .missing { findings.append(missing(item, code: item.id)) }
        return ItemVerdict(item: item, status: status, findings: findings, missingFields: open)
    }

    /// Item 6: the application and the server's address are needed; the log is welcome ("if possible").
    static func mailServer(_ item: ChecklistItem, _ given: CheckContext) -> ItemVerdict {
        let fields = given.checklist.hearingFields.filter { item.hearingFieldIDs.contains($0.id) }
        let known = KnownFields.of(item, open: fields.filter { given.field($0.id) == nil }, in: given)
        let context = given.adding(fields: Dictionary(known.map { ($0.field.id, $0.value) }) { first, _ in first })
        let logs = context.files(.mailServerLog).filter(\.isReadable)
        let open = fields.filter { context.field($0.id) == nil }
        let hasApplication = context.field("mail-server-application") != nil
        let hasAddress = context.field("mail-server-fqdn") != nil || context.field("mail-server-ip") != nil
        var findings: [Finding] = []
        if logs.isEmpty {
            findings.append(
                Finding(
                    .info, "mail-server.log-missing",
                    LocalizedText(
                        ja: "メールサーバのログは含まれておりませんでした（可能であれば取得をお願いしている項目です）。",
                        en: "No mail server log was received (the checklist asks for it where possible).")))
        }
        let status: ItemStatus
        if hasApplication && hasAddress {
            status = .ok
        } else if open.count == fields.count && logs.isEmpty {
            status = .missing
            findings.append(missing(item, code: "mail-server"))
        } else {
            status = .insufficient
            findings.append(
                Finding(
                    .warning, "mail-server.incomplete",
                    LocalizedText(
                        ja: "メールサーバのアプリケーション名と FQDN（または IP アドレス）をご教示ください。",
                        en: "The mail server's application and its FQDN (or IP address) are needed.")))
        }
        return ItemVerdict(
            item: item, status: status, evidence: logs.map(\.path), findings: findings, missingFields: open,
            knownFields: known)
    }

    /// Item 11: the mail server's address and computer name, from the sheet or the files.
    static func mailServerAddress(_ item: ChecklistItem, _ given: CheckContext) -> ItemVerdict {
        let fields = given.checklist.hearingFields.filter { item.hearingFieldIDs.contains($0.id) }
        let known = KnownFields.of(item, open: fields.filter { given.field($0.id) == nil }, in: given)
        let context = given.adding(fields: Dictionary(known.map { ($0.field.id, $0.value) }) { first, _ in first })
        let verdict = self.fields(item, context, present: "mail-server-address.ok")
        return ItemVerdict(
            item: item, status: verdict.status, evidence: verdict.evidence, findings: verdict.findings,
            missingFields: verdict.missingFields, knownFields: known)
    }

    /// Item 2: the versions from the hearing sheet, or from a text file that names them; a
    /// picture of the Update screen in their place is for a person to read (review).
    static func versions(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        var noted: [String: String] = [:]
        var notes: [ReceivedFile] = []
        for file in context.files(.text) where file.isReadable {
            let found = VersionNote.versions(in: file.facts.text?.head ?? [])
            guard !found.isEmpty else { continue }
            notes.append(file)
            noted.merge(found) { first, _ in first }
        }
        let verdict = fields(item, context.adding(fields: noted), present: "versions.ok")
        // A build that differs from ServerProtect's own log is worth a look, not a new request.
        let mismatch = context.correlation.observations.filter { $0.code == "version.mismatch" }.map(\.finding)
        let withNotes = ItemVerdict(
            item: item, status: verdict.status, evidence: notes.map(\.path), findings: verdict.findings + mismatch,
            missingFields: verdict.missingFields)
        let pictures = context.pictures(of: .versions)
        guard withNotes.status != .ok, !pictures.isEmpty else { return withNotes }
        return ItemVerdict(
            item: item, status: .review, evidence: (notes + pictures).map(\.path),
            findings: [
                Finding(
                    .info, "versions.screenshot",
                    LocalizedText(
                        ja: "バージョンは画像で届いています。プログラム、検索エンジン、パターンファイルのバージョンを目視で確認してください。",
                        en:
                            "The versions came as a picture; read the program, scan engine and pattern versions from it."
                    ))
            ], missingFields: verdict.missingFields)
    }

    /// Item 12: at least one timeline line with a date and time.
    static func timeline(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let entries = context.hearing?.timeline ?? []
        if !entries.isEmpty || context.hearing?.flags["timeline"] != nil { return ItemVerdict(item: item, status: .ok) }
        let fields = context.checklist.hearingFields.filter { item.hearingFieldIDs.contains($0.id) }
        if context.field("timeline") != nil {
            return ItemVerdict(
                item: item, status: .insufficient,
                findings: [
                    Finding(
                        .problem, "timeline.no-times",
                        LocalizedText(
                            ja: "タイムラインに日時（例: 2026/11/20 10:05）で始まる行がございませんでした。",
                            en: "No timeline line starts with a date and time (e.g. 2026/11/20 10:05)."))
                ], missingFields: fields)
        }
        return ItemVerdict(
            item: item, status: .missing, findings: [missing(item, code: "timeline")], missingFields: fields)
    }
}
