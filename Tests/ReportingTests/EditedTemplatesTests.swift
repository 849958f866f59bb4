import Assessment
import Foundation
import Intake
import Reporting
import Testing

/// A support lead edits the words in a copy of the templates folder (`--templates DIR`) and the
/// next report says them, with no build in between.
@Suite struct EditedTemplatesTests {
    /// The bundled templates copied to a temporary folder, with `edits` (old → new) made in
    /// `phrases/findings.yaml`.
    static func editedCopy(_ edits: [(String, String)]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        let copy = root.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ReportCases.templates, to: copy)
        let file = copy.appendingPathComponent(Phrasebook.findingsFileName)
        var text = try String(contentsOf: file, encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "the bundled findings.yaml no longer holds \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return copy
    }

    /// A case of one file named like an event log but holding text: no hearing sheet (item 1's
    /// finding, worded by the checks) and a name that does not fit (a file's finding, worded
    /// while the walk runs).
    static func caseFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edited-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("not an event log\n".utf8).write(to: folder.appendingPathComponent("System.evtx"))
        return folder
    }

    @Test("an edited sentence in a copy of the templates folder reaches the findings and the report")
    func editedSentenceReachesReport() throws {
        let copy = try Self.editedCopy([
            ("ご記入いただいたヒアリングシートを確認できませんでした。", "ヒアリングシートがまだ届いておりません（編集済み）。"),
            ("No filled hearing sheet was found.", "The hearing sheet has not arrived yet (edited)."),
            ("The name suggests {named}, but the content is {actual}.", "Named {named}, holding {actual} (edited)."),
        ])
        let folder = try Self.caseFolder()
        defer {
            try? FileManager.default.removeItem(at: copy.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: folder)
        }
        let request = CaseRequest(inputs: [folder.path], caseID: "edited")
        let assessment = try CaseIntake.assess(CaseIntakeOptions(request: request, templates: copy.path))
        let hearing = try #require(assessment.items.first { $0.item.number == 1 })
        #expect(hearing.findings.map(\.message.en) == ["The hearing sheet has not arrived yet (edited)."])
        let fileFindings = assessment.examination.files.flatMap(\.findings).map(\.message.en)
        #expect(fileFindings.contains { $0.hasPrefix("Named evtx, holding ") && $0.hasSuffix(" (edited).") })

        let options = ReportOptions(languages: [.ja], templates: copy, generatedAt: ReportCases.generatedAt)
        let model = ReportModel(
            assessment, options: options, language: .ja, labels: try ReportLabels.load(.ja, templates: copy))
        let report = try MarkdownReport.render(model, templates: try ReportTemplates(folder: copy))
        #expect(report.contains("ヒアリングシートがまだ届いておりません（編集済み）。"))

        let bundled = try CaseIntake.assess(CaseIntakeOptions(request: CaseRequest(inputs: [folder.path])))
        #expect(!bundled.items.flatMap(\.findings).contains { $0.message.en.contains("(edited)") })
    }

    @Test("an edited copy without a sentence's ja is refused in one line naming the file and the code")
    func brokenCopyIsRefused() throws {
        let copy = try Self.editedCopy([("    ja: \"ご記入いただいたヒアリングシートを確認できませんでした。\"\n", "")])
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        #expect {
            _ = try CaseIntake.loadPhrasebook(templates: copy.path)
        } throws: { error in
            "\(error)".hasSuffix("phrases/findings.yaml: hearing.missing needs `ja:` and `en:`")
        }
    }
}
