import ArgumentParser
import Assessment

/// `caseintake`: reads a customer's case archive and tells what is there and what is missing.
@main
struct CaseIntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseintake",
        abstract: "Check a ServerProtect support case archive against the collection checklist.",
        // One source line per paragraph (joined by `\`): the parser wraps them to the terminal.
        discussion: """
            Reads the archives, folders and files a customer sent (password zips, CP932 names, \
            nested archives, 7z, tar.gz, lzh...), recognises every file by its content, judges the \
            twelve items of the checklist and writes the report and the follow-up mail.

            Exit codes: 0 every applicable item is there; 1 report written, items missing or \
            insufficient; 2 an input could not be read; 64 usage error.

            Examples:
              caseintake report case.zip --password 'p@ss' --case-id TM-12345
              caseintake check mail1.zip mail2.7z received-folder/
              caseintake hearing-sheet --lang ja > ヒアリングシート.md
            """,
        version: VersionText.text,
        subcommands: [Report.self, Check.self, HearingSheet.self, Checklist.self, Index.self]
    )
}
