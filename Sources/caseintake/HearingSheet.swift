import ArgumentParser
import Assessment
import Foundation
import Reporting

extension CaseIntakeCommand {
    /// `caseintake hearing-sheet`: the blank questionnaire to send to the customer, as Markdown
    /// on stdout or as an Excel workbook.
    struct HearingSheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hearing-sheet",
            abstract: "Write the blank hearing sheet (Markdown or Excel) to send to the customer.",
            discussion: """
                The customer fills it in and sends it back with the material; caseintake reads it \
                from the archive (or from --hearing) and asks again only what is still open.

                Examples:
                  caseintake hearing-sheet --lang ja > ヒアリングシート.md
                  caseintake hearing-sheet --format xlsx -o ヒアリングシート.xlsx
                  caseintake hearing-sheet --lang en --checklist my-checklist.yaml
                """)

        /// The sheet's file format.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md, xlsx
        }

        @OptionGroup var source: ChecklistSource

        @Option(name: .long, help: "md (Markdown, default) or xlsx (an Excel workbook).")
        var format: Format = .md

        @Option(name: .short, help: "The file to write (required for xlsx; Markdown goes to stdout without it).")
        var output: String?

        func validate() throws {
            if format == .xlsx && output == nil {
                throw ValidationError("--format xlsx writes a file: name it with -o, e.g. -o ヒアリングシート.xlsx")
            }
        }

        func run() throws {
            let (checklist, templates) = try source.load()
            let bytes: [UInt8]
            switch format {
            case .md:
                let text = try Reporting.HearingSheet.render(checklist, language: source.lang, templates: templates)
                guard output != nil else {
                    print(text, terminator: "")
                    return
                }
                bytes = Array(text.utf8)
            case .xlsx:
                bytes = try HearingWorkbook.render(checklist, language: source.lang, templates: templates)
            }
            let url = URL(fileURLWithPath: output ?? "")
            try AtomicFile.write(
                Data(bytes), named: url.lastPathComponent, in: url.deletingLastPathComponent())
        }
    }
}
