import CaseFixtures
import Formats
import Foundation
import Testing

/// The ServerProtect-like notification fixtures read back: subject, charset and the mojibake cause
/// each broken variant was built with.
struct MailFixtureTests {
    static let expectedHints: [(MailFixtureWriter.Variant, [MailDiagnosis.Code])] = [
        (.iso2022jp, []),
        (.utf8Base64, []),
        (.rawShiftJISHeader, [.raw8BitHeader]),
        (.noCharset, [.noCharset]),
        (.declaredISO2022JPWithUTF8, [.charsetMismatch]),
        (.cp932InISO2022JP, [.cp932InISO2022JP]),
    ]

    @Test("each variant reads back with its subject and exactly its diagnosis", arguments: expectedHints)
    func roundTrip(variant: MailFixtureWriter.Variant, codes: [MailDiagnosis.Code]) {
        for crlf in [true, false] {
            let bytes = MailFixtureWriter.notification(variant, crlf: crlf)
            let summary = MailTestSupport.parse(MailMessageReader(), bytes)
            let subject = variant == .cp932InISO2022JP ? MailFixtureWriter.circledSubject : MailFixtureWriter.subject
            #expect(summary.subject == subject)
            #expect(Set(summary.hintCodes) == Set(codes), "\(summary.hints)")
            #expect(summary.from == "\"ServerProtect\" <spnt@example.co.jp>")
            #expect(summary.parts.count == 1)
            #expect(crlf ? summary.lineEndings.lf == 0 : summary.lineEndings.crlf == 0)
        }
    }

    @Test("the body of the ISO-2022-JP and UTF-8 variants decodes to the notification text")
    func bodies() {
        let iso = MailFixtureWriter.notification(.iso2022jp, crlf: false)
        let body = Array(
            iso.split(separator: 0x0A, omittingEmptySubsequences: false).drop(while: { !$0.isEmpty })
                .dropFirst().joined(separator: [0x0A]))
        #expect(ISO2022JPText.decode(body)?.hasPrefix("ServerProtect がウイルスを検出しました。") == true)
    }

    @Test(
        "Python's email package decodes the fixture subjects the same way",
        .enabled(if: MailTestSupport.pythonAvailable, "python3 absent"),
        arguments: [MailFixtureWriter.Variant.iso2022jp, .utf8Base64, .noCharset, .declaredISO2022JPWithUTF8])
    func pythonAgrees(variant: MailFixtureWriter.Variant) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mail-fixture-\(variant.rawValue).eml")
        try Data(MailFixtureWriter.notification(variant)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = try MailTestSupport.python(MailSampleTests.pythonSubject, path: url.path)
        #expect(MailTestSupport.parse(MailMessageReader(), MailFixtureWriter.notification(variant)).subject == expected)
    }

    @Test("7-byte blocks give the same summary")
    func sevenByteBlocks() {
        let bytes = MailFixtureWriter.notification(.utf8Base64)
        #expect(
            MailTestSupport.parse(MailMessageReader(), bytes, blockSize: 7)
                == MailTestSupport.parse(MailMessageReader(), bytes))
    }
}
