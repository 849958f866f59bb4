import Formats
import Foundation
import Testing

/// The real mail samples of the shared corpus: subjects as Python's `email` package decodes them,
/// mojibake causes as MANIFEST.md describes them.
@Suite(.enabled(if: MailTestSupport.samplesAvailable, "../shared/samples is absent: sample tests skipped"))
struct MailSampleTests {
    static let messages = [
        "mikel-mail/encoding_madness.eml", "mikel-mail/japanese.eml", "mikel-mail/japanese_attachment_long_name.eml",
        "mikel-mail/japanese_iso_2022.eml", "mikel-mail/japanese_shift_jis.eml", "mikel-mail/must_supply_encoding.eml",
        "mikel-mail/report_530.eml", "sisimai-set-of-emails/dos-CRLF-newlines/lhost-biglobe-01.eml",
        "sisimai-set-of-emails/is-not-bounce-01.eml", "sisimai-set-of-emails/lhost-biglobe-01.eml",
        "sisimai-set-of-emails/lhost-exchange2007-04.eml", "sisimai-set-of-emails/lhost-exim-60.eml",
        "sisimai-set-of-emails/lhost-ezweb-02.eml", "sisimai-set-of-emails/lhost-kddi-01.eml",
        "sisimai-set-of-emails/lhost-office365-13.eml", "sisimai-set-of-emails/lhost-postfix-03.eml",
        "sisimai-set-of-emails/lhost-postfix-09.eml", "sisimai-set-of-emails/lhost-postfix-48.eml",
        "sisimai-set-of-emails/lhost-qmail-01.eml", "sisimai-set-of-emails/lhost-sendmail-18.eml",
        "sisimai-set-of-emails/lhost-trendmicro-01.eml", "sisimai-set-of-emails/lhost-x5-01.eml",
        "sisimai-set-of-emails/mac-CR-newlines/lhost-biglobe-01.eml", "sisimai-set-of-emails/mbox-1",
    ]

    /// Subjects from MANIFEST.md where this machine's Python fails to decode.
    static let manifestSubjects = [
        "sisimai-set-of-emails/lhost-exchange2007-04.eml": "Undeliverable: キジトラ・フラッシュ/ニャーン\n"
    ]

    static let pythonSubject = """
        import sys, email, email.policy, mailbox
        data = open(sys.argv[1], 'rb').read()
        if data.startswith(b'From '):
            data = data.split(b'\\n', 1)[1]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sys.stdout.write(str(msg['subject']))
        """

    @Test(
        "the decoded subject equals Python's email package (policy.default)",
        .enabled(if: MailTestSupport.pythonAvailable, "python3 is not installed: no reference decoder"),
        arguments: messages)
    func subjectMatchesPython(file: String) throws {
        let bytes = try MailTestSupport.sample("mail/" + file)
        let summary = MailTestSupport.parse(MailMessageReader(), bytes)
        let path = MailTestSupport.samplesFolder.appendingPathComponent("mail/" + file).path
        let expected = try MailTestSupport.python(Self.pythonSubject, path: path)
        if expected.contains("=?") {
            // This Python left a word with misplaced base64 padding undecoded; MANIFEST.md's
            // reference run decoded it.
            #expect(summary.subject == Self.manifestSubjects[file], "python gave \(expected)")
        } else if expected.contains("\u{FFFD}") {
            // Python replaces raw 8-bit header bytes; ours are decoded, so only the ASCII must agree.
            #expect(
                summary.subject?.unicodeScalars.filter(\.isASCII).map(String.init).joined()
                    == expected.unicodeScalars.filter(\.isASCII).map(String.init).joined())
        } else {
            #expect(summary.subject == expected)
        }
    }

    @Test("raw UTF-8 in a header declared nowhere is still decoded: KDDI's メールエラー通知")
    func kddiSubjectDecodes() throws {
        let summary = MailTestSupport.parse(
            MailMessageReader(),
            try MailTestSupport.sample("mail/sisimai-set-of-emails/lhost-kddi-01.eml"))
        #expect(summary.subject == "メールエラー通知")
    }

    @Test(
        "mojibake samples give MANIFEST's causes",
        arguments: [
            ("mikel-mail/encoding_madness.eml", [MailDiagnosis.Code.noCharset]),
            ("mikel-mail/must_supply_encoding.eml", [.raw8BitHeader, .noCharset]),
            ("sisimai-set-of-emails/lhost-ezweb-02.eml", [.charsetMismatch]),
            ("sisimai-set-of-emails/lhost-kddi-01.eml", [.raw8BitHeader, .charsetMismatch]),
        ])
    func mojibakeCauses(file: String, codes: [MailDiagnosis.Code]) throws {
        let summary = MailTestSupport.parse(MailMessageReader(), try MailTestSupport.sample("mail/" + file))
        for code in codes { #expect(summary.hintCodes.contains(code), "\(code) in \(summary.hints)") }
    }

    @Test("ezweb's iso-2022-jp part is recognised as EUC-JP, KDDI's as UTF-8")
    func mismatchNamesTheRealEncoding() throws {
        let ezweb = MailTestSupport.parse(
            MailMessageReader(),
            try MailTestSupport.sample("mail/sisimai-set-of-emails/lhost-ezweb-02.eml"))
        #expect(ezweb.hints.contains { $0.code == .charsetMismatch && $0.detail.hasSuffix("EUC-JP") })
        let kddi = MailTestSupport.parse(
            MailMessageReader(),
            try MailTestSupport.sample("mail/sisimai-set-of-emails/lhost-kddi-01.eml"))
        #expect(kddi.hints.contains { $0.code == .charsetMismatch && $0.detail.hasSuffix("UTF-8") })
    }

    @Test(
        "clean Japanese mail gets no diagnosis",
        arguments: [
            "mikel-mail/japanese.eml", "mikel-mail/japanese_iso_2022.eml", "mikel-mail/japanese_shift_jis.eml",
            "sisimai-set-of-emails/is-not-bounce-01.eml", "sisimai-set-of-emails/lhost-trendmicro-01.eml",
        ])
    func cleanMail(file: String) throws {
        let summary = MailTestSupport.parse(MailMessageReader(), try MailTestSupport.sample("mail/" + file))
        #expect(summary.hints.isEmpty, "\(summary.hints)")
    }

    @Test("LF, CRLF and bare-CR copies of the BIGLOBE bounce read the same")
    func lineEndingsDoNotMatter() throws {
        let files = [
            "lhost-biglobe-01.eml", "dos-CRLF-newlines/lhost-biglobe-01.eml",
            "mac-CR-newlines/lhost-biglobe-01.eml",
        ]
        var summaries = try files.map {
            MailTestSupport.parse(MailMessageReader(), try MailTestSupport.sample("mail/sisimai-set-of-emails/" + $0))
        }
        // MANIFEST: LF=43, CRLF=43, CR=43.
        #expect(summaries[0].lineEndings.lf == 43)
        #expect(summaries[1].lineEndings.crlf == 43)
        #expect(summaries[2].lineEndings.cr == 43)
        for index in summaries.indices {
            summaries[index].lineEndings = LineEndingCounts()
            summaries[index].byteCount = 0
        }
        #expect(summaries[0] == summaries[1])
        #expect(summaries[0] == summaries[2])
        #expect(summaries[0].subject == "Returned mail: Service unavailable")
        #expect(summaries[0].declaredCharsets == ["iso-2022-jp"])
    }

    @Test("the mbox holds one message, From/Date as MANIFEST says")
    func mbox() throws {
        let summary = MailTestSupport.parse(
            MailMessageReader(),
            try MailTestSupport.sample("mail/sisimai-set-of-emails/mbox-1"))
        #expect(summary.container == .mbox)
        #expect(summary.messageCount == 1)
        #expect(summary.from == "Mail System <POSTMASTER@example.jp>")
        #expect(summary.date == "Wed, 16 Oct 2013 14:15:35 +0900")
        #expect(summary.declaredCharsets == ["utf-8"])
    }

    @Test("the empty file is no message")
    func emptyFile() throws {
        let summary = MailTestSupport.parse(
            MailMessageReader(),
            try MailTestSupport.sample("mail/sisimai-set-of-emails/size-0"))
        #expect(summary.messageCount == 0)
        #expect(summary.subject == nil)
    }

    @Test("7-byte blocks give the same summary as one block")
    func sevenByteBlocks() throws {
        let bytes = try MailTestSupport.sample("mail/sisimai-set-of-emails/lhost-office365-13.eml")
        let whole = MailTestSupport.parse(MailMessageReader(), bytes)
        #expect(MailTestSupport.parse(MailMessageReader(), bytes, blockSize: 7) == whole)
        #expect(whole.subject == "Undeliverable: にゃーん")
    }
}
