import Assessment

/// The blank questionnaire (Markdown) sent to the customer, rendered from
/// `hearing/hearing-sheet.<lang>.md.mustache`. Its shape is what `HearingSheetReader` reads
/// back: the marker comment, the symptom list, `### 1-N.` questions, the fields per item.
public enum HearingSheet {
    struct Sheet {
        let checklistID: String
        let title: String
        let product: String
        let symptoms: [String]
        let questions: [Question]
        let hearingItem: String
        let sections: [Section]
    }

    struct Question {
        let number: Int
        let text: String
    }

    struct Section {
        let number: Int
        let title: String
        let lineFields: [String]
        let blockFields: [String]
        let hasLineFields: Bool
    }

    /// The sheet's Markdown text.
    public static func render(_ checklist: Checklist, language: ReportLanguage, templates: ReportTemplates) throws
        -> String
    {
        let pick: (LocalizedText) -> String = { language == .ja ? $0.ja : $0.en }
        // The reader expects the symptoms in this order; symptoms a checklist does not name are left out.
        let symptoms = [Symptom.notSent, .garbled, .other].compactMap { checklist.symptoms[$0].map(pick) }
        let hearingItem = checklist.items.first { $0.check == .hearingAnswers }
        let questions = checklist.questions.enumerated().map {
            Question(number: $0.offset + 1, text: pick($0.element.text))
        }
        let sections = checklist.items.compactMap { item -> Section? in
            let fields = checklist.hearingFields(of: item)
            guard !fields.isEmpty else { return nil }
            let lines = fields.filter { !$0.multiline }.map { pick($0.label) }
            return Section(
                number: item.number, title: pick(item.title), lineFields: lines,
                blockFields: fields.filter(\.multiline).map { pick($0.label) }, hasLineFields: !lines.isEmpty)
        }
        let sheet = Sheet(
            checklistID: checklist.id, title: pick(checklist.problem), product: pick(checklist.product),
            symptoms: symptoms, questions: questions, hearingItem: hearingItem.map { pick($0.title) } ?? "",
            sections: sections)
        return FollowUpMail.tidy(try templates.render(sheet, template: "hearing/hearing-sheet.\(language.rawValue).md"))
    }
}
