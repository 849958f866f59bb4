import ArgumentParser
import Assessment
import Foundation
import Reporting

extension CaseIntakeCommand {
    /// `caseintake checklist`: prints the checklist as text (items, when they apply, the requests).
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checklist", abstract: "Print the collection checklist as text.")

        @Option(name: .long, help: "Language: ja or en.")
        var lang: ReportLanguage = .ja

        @Option(name: .long, help: "A checklist YAML file (default: the bundled ServerProtect checklist).")
        var checklist: String?

        @Option(name: .long, help: "A folder with checklists and templates that replaces the bundled one.")
        var templates: String?

        func run() throws {
            let (checklist, templates) = try ChecklistSource.load(checklist: checklist, templates: templates)
            print(try Reporting.ChecklistText.render(checklist, language: lang, templates: templates), terminator: "")
        }
    }
}

/// Finding the checklist and the templates for the commands that print from them.
enum ChecklistSource {
    static func load(checklist path: String?, templates override: String?) throws -> (
        Assessment.Checklist, ReportTemplates
    ) {
        guard let folder = TemplateFolder.locate(override: override) else {
            throw ValidationError("No Templates folder found; use --templates DIR.")
        }
        let url =
            path.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent(TemplateFolder.defaultChecklist)
        do {
            return (try ChecklistLoader.load(contentsOf: url), try ReportTemplates(folder: folder))
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
