import ArgumentParser
import Assessment
import Foundation
import Reporting

extension CaseIntakeCommand {
    /// `caseintake checklist`: prints the checklist as text (items, when they apply, the requests).
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checklist", abstract: "Print the collection checklist as text.",
            discussion: """
                Examples:
                  caseintake checklist --lang ja
                  caseintake checklist --lang en --templates /srv/caseintake/Templates
                """)

        @OptionGroup var source: ChecklistSource

        func run() throws {
            let (checklist, templates) = try source.load()
            print(try ChecklistText.render(checklist, language: source.lang, templates: templates), terminator: "")
        }
    }
}

/// The options of the commands that print from the checklist: its language, file and templates.
struct ChecklistSource: ParsableArguments {
    @Option(name: .long, help: "Language: ja or en.")
    var lang: ReportLanguage = .ja

    @Option(name: .long, help: "A checklist YAML file (default: the bundled ServerProtect checklist).")
    var checklist: String?

    @Option(name: .long, help: "A folder with checklists and templates that replaces the bundled one.")
    var templates: String?

    func load() throws -> (Assessment.Checklist, ReportTemplates) {
        let checklist = try CaseRun.loadChecklist(path: self.checklist, templates: templates)
        guard let folder = TemplateFolder.locate(override: templates) else {
            throw ValidationError("No Templates folder found; use --templates DIR.")
        }
        return (checklist, try ReportTemplates(folder: folder))
    }
}

extension ReportLanguage: ExpressibleByArgument {}
