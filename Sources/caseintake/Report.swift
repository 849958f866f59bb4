import ArgumentParser
import Assessment
import Foundation
import Intake
import Reporting

extension CaseIntakeCommand {
    /// `caseintake report`: writes the report, summary.json and the follow-up mail drafts.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the HTML/Markdown report, summary.json and the follow-up mail for a case.",
            discussion: """
                Examples:
                  caseintake report case.zip --password 'p@ss' --case-id TM-12345
                  caseintake report case.zip -o /srv/cases --lang ja --customer '株式会社サンプル 山田様'
                  CASEINTAKE_PASSWORD=secret caseintake report mail1.zip mail2.zip
                """)

        @OptionGroup var options: CaseOptions

        @Option(name: .shortAndLong, help: "Output folder; the case gets a subfolder named by its id.")
        var output: String = "caseintake-out"

        @Option(name: .long, help: "Languages to write, comma-separated: ja,en.")
        var lang: LanguageList = LanguageList(languages: [.ja, .en])

        @Option(name: .long, help: "The customer's name for the Japanese mail's salutation (様 is added).")
        var customer: String?

        @Option(name: .customLong("customer-en"), help: "The customer's name for the English mail's salutation.")
        var customerEnglish: String?

        @Option(
            name: .long,
            help: "The engineer who signs the mail (default: the CASEINTAKE_ENGINEER environment variable).")
        var engineer: String?

        @Option(
            name: .customLong("engineer-en"),
            help: "The engineer's name as the English mail writes it (default: --engineer).")
        var engineerEnglish: String?

        @Option(
            name: .long,
            help: "A text file with the mail's signature (default: the file CASEINTAKE_SIGNATURE names).")
        var signature: String?

        @Flag(name: .long, help: "Leave image thumbnails out of the HTML report.")
        var noImages = false

        @Flag(
            name: .long,
            help: "Start the case over: ignore the earlier rounds in the output folder's summary.json.")
        var fresh = false

        func run() throws {
            let caseFolder = URL(fileURLWithPath: output).appendingPathComponent(
                CaseRequest(inputs: options.inputs, caseID: options.caseID).resolvedCaseID)
            let earlier = try fresh ? nil : earlierRounds(in: caseFolder)
            guard let templates = TemplateFolder.locate(override: options.templates) else {
                throw ValidationError("No Templates folder found; use --templates DIR.")
            }
            // The report's templates are read while the case is.
            let loading = BesideWork { try ReportTemplates(folder: templates) }
            let assessment = try CaseRun.assess(options, history: earlier?.history)
            let environment = ProcessInfo.processInfo.environment
            let signaturePath = signature ?? environment["CASEINTAKE_SIGNATURE"].flatMap { $0.isEmpty ? nil : $0 }
            let signatureText = try signaturePath.map { path -> String in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw ValidationError("Cannot read the signature file \(path).")
                }
                return text
            }
            let folder = URL(fileURLWithPath: output).appendingPathComponent(
                assessment.examination.request.resolvedCaseID)
            if options.caseID == nil {
                FileHandle.standardError.write(
                    Data("caseintake: no --case-id given: the mail's subject carries no case number\n".utf8))
            }
            var reportOptions = ReportOptions(
                languages: lang.languages, customer: customer ?? earlier?.customer, signature: signatureText,
                templates: templates, includeImages: !noImages,
                customerEnglish: customerEnglish ?? earlier?.customerEnglish,
                engineer: engineer ?? environment["CASEINTAKE_ENGINEER"].flatMap { $0.isEmpty ? nil : $0 },
                engineerEnglish: engineerEnglish
                    ?? environment["CASEINTAKE_ENGINEER_EN"].flatMap { $0.isEmpty ? nil : $0 },
                caseIDGiven: options.caseID != nil)
            reportOptions.earlier = earlier
            do {
                try ReportWriter.write(assessment, to: folder, options: reportOptions, templates: loading.value())
            } catch {
                FileHandle.standardError.write(
                    Data("caseintake: cannot write the report to \(folder.path): \(error)\n".utf8))
                throw ExitCode(2)
            }
            print(InventoryTable.statusLine(assessment))
            print("Report: \(folder.path)")
            throw CaseRun.exitCode(for: assessment, japanese: lang.languages.first == .ja)
        }

        /// The case folder's earlier rounds, when its summary.json is this case's; otherwise one
        /// line on stderr says why the case starts over.
        private func earlierRounds(in folder: URL) throws -> EarlierSummary? {
            // The checklist is read here only when there is an earlier summary to hold it against.
            let (earlier, notice) = try SummaryReader.earlierRounds(
                in: folder, caseID: folder.lastPathComponent,
                checklistID: try CaseRun.loadChecklist(path: options.checklist, templates: options.templates).id)
            if let notice { FileHandle.standardError.write(Data("caseintake: \(notice)\n".utf8)) }
            return earlier
        }
    }
}

/// `--lang ja,en`.
struct LanguageList: ExpressibleByArgument {
    let languages: [ReportLanguage]

    init(languages: [ReportLanguage]) { self.languages = languages }

    init?(argument: String) {
        let parsed = argument.split(separator: ",").map {
            ReportLanguage(rawValue: $0.trimmingCharacters(in: .whitespaces))
        }
        guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil }) else { return nil }
        languages = parsed.compactMap { $0 }
    }

    var defaultValueDescription: String { languages.map(\.rawValue).joined(separator: ",") }
}
