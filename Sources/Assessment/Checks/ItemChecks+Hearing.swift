import Foundation

extension ItemChecks {
    /// Item 1: every question answered → ok; some → insufficient, asking only the open ones.
    static func hearingAnswers(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        guard let hearing = context.hearing else {
            return ItemVerdict(
                item: item, status: .missing,
                findings: [context.finding(.hearingMissing)],
                unansweredQuestions: item.questions)
        }
        let open = item.questions.filter { hearing.answers[$0.id] == nil }
        var findings: [Finding] = []
        if hearing.symptom == .unknown && context.symptom == .unknown {
            findings.append(context.finding(.hearingSymptomUnknown))
        }
        if !open.isEmpty {
            findings.append(context.finding(.hearingUnanswered, ["count": String(open.count)]))
        }
        if context.incidentTimes.isEmpty && hearing.answers["when"] != nil && hearing.flags["when"] == nil {
            findings.append(context.finding(.hearingIncidentTimeUnreadable))
        }
        return ItemVerdict(
            item: item, status: open.isEmpty ? .ok : .insufficient, evidence: [],
            findings: findings, unansweredQuestions: open)
    }

    /// Items answered by hearing-sheet fields (2, 11): all valid → ok, none → missing, else insufficient.
    static func fields(
        _ item: ChecklistItem, _ context: CheckContext, missing: FindingCode, malformed: FindingCode
    ) -> ItemVerdict {
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
                    context.finding(
                        malformed, ["answer": value, "example": AnswerShapes.example(field.shape)],
                        localized: ["field": field.label]))
            }
        }
        let status: ItemStatus =
            open.isEmpty ? .ok : open.count == fields.count && findings.isEmpty ? .missing : .insufficient
        if status == .missing { findings.append(self.missing(item, missing, context)) }
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
            findings.append(context.finding(.mailServerLogMissing))
        }
        let status: ItemStatus
        if hasApplication && hasAddress {
            status = .ok
        } else if open.count == fields.count && logs.isEmpty {
            status = .missing
            findings.append(missing(item, .mailServerMissing, context))
        } else {
            status = .insufficient
            findings.append(context.finding(.mailServerIncomplete))
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
        let verdict = self.fields(
            item, context, missing: .mailServerAddressMissing, malformed: .mailServerAddressMalformed)
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
        let verdict = fields(
            item, context.adding(fields: noted), missing: .productVersionMissing, malformed: .productVersionMalformed)
        // A build that differs from ServerProtect's own log is worth a look, not a new request.
        let mismatch = context.correlation.observations.filter { $0.code == "version.mismatch" }.map(\.finding)
        let withNotes = ItemVerdict(
            item: item, status: verdict.status, evidence: notes.map(\.path), findings: verdict.findings + mismatch,
            missingFields: verdict.missingFields)
        let pictures = context.pictures(of: .versions)
        guard withNotes.status != .ok, !pictures.isEmpty else { return withNotes }
        return ItemVerdict(
            item: item, status: .review, evidence: (notes + pictures).map(\.path),
            findings: [context.finding(.versionsScreenshot)], missingFields: verdict.missingFields)
    }

    /// Item 12: at least one timeline line with a date and time.
    static func timeline(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let entries = context.hearing?.timeline ?? []
        if !entries.isEmpty || context.hearing?.flags["timeline"] != nil { return ItemVerdict(item: item, status: .ok) }
        let fields = context.checklist.hearingFields.filter { item.hearingFieldIDs.contains($0.id) }
        if context.field("timeline") != nil {
            return ItemVerdict(
                item: item, status: .insufficient,
                findings: [context.finding(.timelineNoTimes)], missingFields: fields)
        }
        return ItemVerdict(
            item: item, status: .missing, findings: [missing(item, .timelineMissing, context)], missingFields: fields)
    }
}
