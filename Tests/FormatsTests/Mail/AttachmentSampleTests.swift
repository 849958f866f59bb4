import Foundation
import Testing

@testable import Formats

/// The real mails of the shared corpus: nothing breaks, and every named attachment Python's
/// `email` package finds is found with the same name and size.
@Suite(.enabled(if: MailTestSupport.samplesAvailable, "../shared/samples is absent: sample tests skipped"))
struct AttachmentSampleTests {
    /// Named, non-message leaf parts as Python's `email` package decodes them: "name<TAB>size" lines.
    /// `message_from_bytes`, not `_binary_file`: the latter reads through a text layer that turns CRLF into LF.
    static let reference = """
        import email, sys
        from email import policy
        def visit(part):
            if part.get_content_maintype() == 'multipart':
                for child in part.get_payload(): visit(child)
            elif part.get_content_maintype() != 'message' and part.get_filename():
                print(f"{part.get_filename()}\\t{len(part.get_payload(decode=True) or b'')}")
        visit(email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.compat32))
        """

    static var mails: [String] {
        let folder = MailTestSupport.samplesFolder.appendingPathComponent("mail")
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".eml") }.sorted()
    }

    @Test("every sample mail is split without a problem in blocks of any size")
    func splitsEverySample() throws {
        #expect(Self.mails.count >= 20)
        for name in Self.mails {
            let bytes = try MailTestSupport.sample("mail/" + name)
            let whole = AttachmentSplitterTests.split(MimeAttachmentSplitter(), bytes, blockSize: 1 << 20)
            let small = AttachmentSplitterTests.split(MimeAttachmentSplitter(), bytes, blockSize: 13)
            #expect(whole.found == small.found, "\(name)")
        }
    }

    @Test(
        "named attachments match Python's email package",
        .enabled(if: MailTestSupport.pythonAvailable, "python3 is not installed: no reference decoder"))
    func matchesPython() throws {
        var compared = 0
        for name in Self.mails {
            let path = MailTestSupport.samplesFolder.appendingPathComponent("mail/" + name).path
            let expected = try MailTestSupport.python(Self.reference, path: path)
                .split(separator: "\n").map(String.init)
            let found = AttachmentSplitterTests.split(
                MimeAttachmentSplitter(), try MailTestSupport.sample("mail/" + name)
            )
            .found.map { "\($0.name)\t\($0.bytes.count)" }
            for line in expected {
                #expect(found.contains(line), "\(name): Python finds \(line); we find \(found)")
                compared += 1
            }
        }
        // japanese_attachment_long_name.eml: an RFC 2231 ISO-2022-JP name split in continuations.
        #expect(compared >= 1)
    }
}
