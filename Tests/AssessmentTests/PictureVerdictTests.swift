import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// Pictures go to the item their name suggests, for a person to confirm.
@Suite struct PictureVerdictTests {
    /// A screenshot with content: a one-colour or tiny picture is `screenshot.blank` (issue 9).
    static let picture = ImageWriter.dialogPNG()

    @Test(
        "a picture named for the mail settings, or named for nothing, is item 4 'review'",
        arguments: ["インターネットメール警告の設定.png", "スクリーンショット/画像1.png", "alert-settings.png"])
    func mailSettings(name: String) throws {
        let assessment = try CaseFolder([name: Self.picture]).assess()
        #expect(assessment.item(4).status == .review)
        #expect(assessment.item(2).status == .missing)
    }

    @Test(
        "a picture of the Update screen makes item 2 'review' and leaves item 4 missing",
        arguments: ["バージョン.png", "アップデート/画面.png", "pattern-version.png"])
    func versions(name: String) throws {
        let assessment = try CaseFolder([name: Self.picture]).assess()
        #expect(assessment.item(2).status == .review)
        #expect(assessment.item(4).status == .missing)
    }
}

/// A mail server's log followed for the Normal Server given with --server.
@Suite struct MailServerLogVerdictTests {
    @Test("with the Normal Server's address, the log's lines for it are counted in a finding")
    func followed() throws {
        let folder = try CaseFolder(["maillog": MailServerLogFixtureWriter.postfixMaillog()])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let examination = CaseExamination.examine(
            CaseRequest(inputs: [folder.url.path], serverAddresses: ["192.0.2.10"]))
        let log = try #require(examination.files.first { $0.kind == .mailServerLog })
        #expect(log.findings.map(\.code) == ["mail-server-log.client-lines"])
        #expect(log.facts.mailServerLog?.listedLines.isEmpty == false)
    }
}
