import ArgumentParser
import Assessment
import Foundation

extension CaseIntakeCommand {
    /// `caseintake check`: the inventory and the verdicts on the terminal, nothing written.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print what the case holds and how each checklist item stands; write nothing.",
            discussion: """
                Examples:
                  caseintake check received/case.zip --password 'p@ss'
                  caseintake check mail1.zip mail2.7z received-folder/
                """)

        @OptionGroup var options: CaseOptions

        func run() throws {
            // The terminal shows no digests: the files are read without hashing them.
            let assessment = try CaseRun.assess(options, takesDigests: false)
            print(InventoryTable.render(assessment))
            throw CaseRun.exitCode(for: assessment, japanese: false)
        }
    }
}
