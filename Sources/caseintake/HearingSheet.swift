import ArgumentParser
import Assessment
import Foundation
import Reporting

extension CaseIntakeCommand {
    /// `caseintake hearing-sheet`: prints the blank questionnaire (Markdown) to send to the customer.
    struct HearingSheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hearing-sheet",
            abstract: "Print the blank hearing sheet (Markdown) to send to the customer.",
            discussion: """
                The customer fills it in and sends it back with the material; caseintake reads it
                from the archive (or from --hearing) and asks again only what is still open.
                """)

        @Option(name: .long, help: "Language of the sheet: ja or en.")
        var lang: ReportLanguage = .ja

        @Option(name: .long, help: "A checklist YAML file (default: the bundled ServerProtect checklist).")
        var checklist: String?

        @Option(name: .long, help: "A folder with checklists and templates that replaces the bundled one.")
        var templates: String?

        func run() throws {
            let (checklist, templates) = try ChecklistSource.load(checklist: checklist, templates: templates)
            print(try Reporting.HearingSheet.render(checklist, language: lang, templates: templates), terminator: "")
        }
    }
}

extension ReportLanguage: ExpressibleByArgument {}
