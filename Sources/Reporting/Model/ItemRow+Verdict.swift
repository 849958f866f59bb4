import Assessment
import Markdown

extension ItemRow {
    /// The row of one verdict; the request Markdown is rendered here, once, by cmark.
    init(
        _ verdict: ItemVerdict, assessment: CaseAssessment, language: ReportLanguage, labels: ReportLabels,
        findings findingRows: ([Finding]) -> [FindingRow]
    ) {
        let pick: (LocalizedText) -> String = { language == .ja ? $0.ja : $0.en }
        let item = verdict.item
        number = item.number
        id = item.id
        title = pick(item.title)
        status = verdict.status.rawValue
        statusText = labels[verdict.judged ? "status.\(verdict.status.rawValue)" : "status.not-judged"]
        conditional = verdict.conditional
        needsRequest = verdict.needsRequest
        let missing = verdict.status == .missing
        isMissing = missing
        isHearing = item.check == .hearingAnswers
        evidence = verdict.evidence.map { PathRow(path: CaseText($0.description)) }
        hasEvidence = !evidence.isEmpty
        findings = findingRows(verdict.findings)
        hasFindings = !findings.isEmpty
        problems = verdict.findings.filter { finding in
            finding.severity == .problem && !(missing && finding.code.hasSuffix(".missing"))
        }.map { pick($0.message) }
        hasProblems = !problems.isEmpty
        unansweredQuestions = verdict.unansweredQuestions.map { pick($0.text) }
        openQuestions = verdict.unansweredQuestions.map { pick($0.brief ?? $0.text) }
        hasUnansweredQuestions = !unansweredQuestions.isEmpty
        // A field that is the whole item (the timeline) is asked for by the item's own sentence.
        let fieldsOfItem = assessment.checklist.hearingFields(of: item)
        missingFields = fieldsOfItem.count == 1 ? [] : verdict.missingFields.map { pick($0.label) }
        hasMissingFields = !missingFields.isEmpty
        knownValues = verdict.knownFields.map {
            KnownValueRow(label: pick($0.field.label), value: CaseText($0.value), source: CaseText($0.source))
        }
        hasKnownValues = !knownValues.isEmpty
        isInformation = item.asks == .information
        // An item without an `ask:` of its own is asked for by its title (the label `ask.fallback`).
        let title = language == .ja ? item.title.ja : item.title.en.lowercased()
        let fallback = labels["ask.fallback"].replacingOccurrences(of: "{title}", with: title)
        ask = (verdict.status == .insufficient ? item.askAgain ?? item.ask : item.ask).map(pick) ?? fallback
        answers = Self.answers(item, assessment: assessment, pick: pick)
        hasAnswers = !answers.isEmpty
        requestMarkdown = pick(item.request)
        requestHTML = MarkdownDocument.html(requestMarkdown)
        requestText = RequestPlainText.text(requestMarkdown, bullet: language == .ja ? "・" : "- ")
        hasRequestText = !requestMarkdown.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        switch item.applicability {
        case .always:
            appliesText = labels["applies.always"]
        case .symptoms(let set):
            let names = assessment.checklist.symptoms.filter { set.contains($0.key) }.sorted {
                $0.key.rawValue < $1.key.rawValue
            }
            appliesText = names.map { pick($0.value) }.joined(separator: language == .ja ? "、" : "; ")
        }
    }

    /// What the hearing sheet says for the item: item 1's answered questions, else its fields.
    private static func answers(
        _ item: ChecklistItem, assessment: CaseAssessment, pick: (LocalizedText) -> String
    ) -> [AnswerRow] {
        guard let hearing = assessment.hearing else { return [] }
        let questions = item.questions.compactMap { question in
            hearing.answers[question.id].map {
                AnswerRow(label: pick(question.text), value: CaseText($0), multiline: $0.contains("\n"))
            }
        }
        let fields = assessment.checklist.hearingFields(of: item).compactMap { field in
            hearing.fields[field.id].map {
                AnswerRow(
                    label: pick(field.label), value: CaseText($0), multiline: field.multiline || $0.contains("\n"))
            }
        }
        return questions + fields
    }
}
