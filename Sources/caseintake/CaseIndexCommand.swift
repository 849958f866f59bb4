import ArgumentParser
import Assessment
import Foundation
import Reporting

extension CaseIntakeCommand {
    /// `caseintake index DIR`: the team's overview of every case folder under DIR.
    struct Index: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write index.html and index.md over every case folder under a folder.",
            discussion: """
                A case folder is one holding caseintake's summary.json, one or two levels down \
                (DIR/<case>/ or DIR/<engineer>/<case>/). Incomplete cases come first, then the \
                oldest last round first. Folders of other tools are skipped; a damaged summary.json \
                is listed as unreadable.

                Examples:
                  caseintake index caseintake-out
                  caseintake index /srv/cases -o /srv/www/cases --lang en
                """)

        @Argument(help: "The folder holding the case folders (the -o folder of report).")
        var folder: String

        @Option(name: .shortAndLong, help: "Where to write index.html and index.md (default: the folder itself).")
        var output: String?

        @Option(name: .long, help: "The page's language: ja or en.")
        var lang: ReportLanguage = .ja

        @Option(name: .long, help: "A folder with checklists and templates that replaces the bundled one.")
        var templates: String?

        func run() throws {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                FileHandle.standardError.write(Data("caseintake: \(folder) is not a folder\n".utf8))
                throw ExitCode(2)
            }
            guard let templateFolder = TemplateFolder.locate(override: templates) else {
                throw ValidationError("No Templates folder found; use --templates DIR.")
            }
            let written = try CaseIndexWriter.write(
                over: URL(fileURLWithPath: folder), to: output.map { URL(fileURLWithPath: $0) }, language: lang,
                templates: templateFolder)
            print("\(written.index.count): \(written.urls.map(\.path).joined(separator: ", "))")
        }
    }
}
