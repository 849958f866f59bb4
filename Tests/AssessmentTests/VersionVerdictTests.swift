import Foundation
import Testing

@testable import Assessment

/// Item 2 from a text file a customer wrote, with the versions in the shapes ServerProtect shows.
@Suite struct VersionVerdictTests {
    @Test("a memo naming program, scan engine and pattern versions makes item 2 ok")
    func versionsInMemo() throws {
        let memo = "ServerProtect のバージョン\r\nプログラム: 5.8 Build 1234\r\n検索エンジン: 12.000.1008\r\nパターンファイル: 19.123.00\r\n"
        let verdict = try CaseFolder(["memo.txt": Array(memo.utf8)]).assess().item(2)
        #expect(verdict.status == .ok)
        #expect(verdict.evidence.count == 1)
    }

    @Test("a memo missing the pattern file version leaves item 2 insufficient, asking only for it")
    func partialMemo() throws {
        let memo = "Program version: 5.8 Build 1234\nScan engine: 12.000.1008\n"
        let verdict = try CaseFolder(["versions.txt": Array(memo.utf8)]).assess().item(2)
        #expect(verdict.status == .insufficient)
        #expect(verdict.missingFields.map(\.id) == ["pattern-version"])
    }

    @Test(
        "the shapes of the answers are checked",
        arguments: [
            ("pattern-version", "19.123.00", true), ("pattern-version", "19123", false),
            ("engine-version", "12.000.1008", true), ("engine-version", "twelve", false),
            ("program-version", "5.8 Build 1234", true), ("mail-server-ip", "192.0.2.25", true),
            ("mail-server-ip", "mail.example.co.jp", false), ("mail-server-fqdn", "mail.example.co.jp", true),
        ])
    func shapes(field: String, value: String, accepted: Bool) throws {
        let shape = try #require(CaseFolder.checklist.hearingFields.first { $0.id == field }).shape
        #expect(AnswerShapes.accepts(value, as: shape) == accepted)
    }
}
