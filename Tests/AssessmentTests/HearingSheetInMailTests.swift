import CaseFixtures
import Formats
import Foundation
import Testing

@testable import Assessment

/// A sheet pasted into a reply, or quoted in it, is the case's hearing sheet.
@Suite struct HearingSheetInMailTests {
    static let sheet = String(decoding: ExampleEvidence.hearingSheet(), as: UTF8.self)

    static let bodies: [(String, String, Bool)] = [
        ("pasted, UTF-8 base64", "山田です。ヒアリングシートを記入しました。\n\n" + sheet, false),
        (
            "quoted in a reply, ISO-2022-JP",
            "お世話になっております。\n\n"
                + sheet.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "> " + $0 }.joined(separator: "\n"), true
        ),
    ]

    @Test("the sheet in a reply's body answers item 1", arguments: bodies)
    func sheetInBody(_ name: String, body: String, iso2022jp: Bool) throws {
        let mail = SheetReplyMail.message(body: body, iso2022jp: iso2022jp)
        let assessment = try CaseFolder(["Re_回答.eml": mail]).assess()
        let hearing = try #require(assessment.hearing, "\(name)")
        #expect(assessment.examination.files.map(\.kind) == [.mailEml])
        #expect(hearing.source.hasSuffix("Re_回答.eml"))
        #expect(hearing.answers.count == 9)
        #expect(assessment.item(1).status == .ok)
        #expect(assessment.symptom == .notSent)
        #expect(assessment.incidentTimes == [FixtureClock.incident])
    }

    @Test("a mail without a sheet in its body is no hearing sheet")
    func plainMail() throws {
        let mail = SheetReplyMail.message(body: "お世話になっております。\n資料をお送りします。")
        let assessment = try CaseFolder(["Re_資料.eml": mail]).assess()
        #expect(assessment.hearing == nil)
        #expect(assessment.item(1).status == .missing)
    }

    @Test("the kept body is bounded")
    func boundedBody() {
        var reader = MailMessageReader()
        let long = String(repeating: "あいうえお\n", count: 100_000)
        SheetReplyMail.message(body: long).withUnsafeBytes { reader.consume($0) }
        let summary = reader.finish()
        #expect((summary.bodyText?.utf8.count ?? 0) <= 256 * 1024)
        #expect(summary.bodyText?.hasPrefix("あいうえお\n") == true)
    }
}
