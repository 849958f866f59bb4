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
                The customer fills it in and sends it back with the material; caseintake reads it \
                from the archive (or from --hearing) and asks again only what is still open.

                Examples:
                  caseintake hearing-sheet --lang ja > ヒアリングシート.md
                  caseintake hearing-sheet --lang en --checklist my-checklist.yaml
                """)

        @OptionGroup var source: ChecklistSource

        func run() throws {
            let (checklist, templates) = try source.load()
            print(
                try Reporting.HearingSheet.render(checklist, language: source.lang, templates: templates),
                terminator: "")
        }
    }
}
