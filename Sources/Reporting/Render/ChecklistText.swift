import Assessment
import Foundation

/// The checklist as readable text for `caseintake checklist`: per item its number, title, when
/// it applies and the request text, from `report/checklist.txt.mustache`.
public enum ChecklistText {
    struct Listing {
        let language: String
        let labels: [String: String]
        let title: String
        let items: [Entry]
    }

    struct Entry {
        let number: Int
        let title: String
        let applies: String
        let request: String
        let questions: [String]
        let hasQuestions: Bool
    }

    /// The text, LF line breaks.
    public static func render(_ checklist: Checklist, language: ReportLanguage, templates: ReportTemplates) throws
        -> String
    {
        let labels = try ReportLabels.load(language, templates: templates.folder)
        let pick: (LocalizedText) -> String = { language == .ja ? $0.ja : $0.en }
        let items = checklist.items.map { item -> Entry in
            let applies: String
            switch item.applicability {
            case .always:
                applies = labels["applies.always"]
            case .symptoms(let set):
                applies = [Symptom.notSent, .garbled, .other].filter(set.contains).compactMap {
                    checklist.symptoms[$0].map(pick)
                }.joined(separator: language == .ja ? "、" : "; ")
            }
            let bullet = language == .ja ? "・" : "- "
            let questions = item.questions.map { bullet + pick($0.text) }
            return Entry(
                number: item.number, title: pick(item.title), applies: applies,
                request: RequestPlainText.text(pick(item.request), bullet: bullet), questions: questions,
                hasQuestions: !questions.isEmpty)
        }
        let listing = Listing(
            language: language.rawValue, labels: labels.text, title: pick(checklist.title), items: items)
        return FollowUpMail.tidy(try templates.render(listing, template: "report/checklist.txt"))
    }
}
