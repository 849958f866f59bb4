import Testing

@testable import Formats

/// RFC 2231 sections of a file name, as a hostile header may repeat them. Found by the
/// `attachments` fuzz target: a repeated section made the name depend on a dictionary's order.
@Suite struct MimeParameterSectionsTests {
    @Test(
        "a repeated section index: the first by name counts, in whatever order the header lists them",
        arguments: [
            "attachment; filename*0=a; filename*00=b; filename*1=c",
            "attachment; filename*00=b; filename*0=a; filename*1=c",
            "attachment; filename*1=c; filename*00=b; filename*0=a",
        ])
    func repeatedSection(header: String) {
        #expect(MimeParameters(Array(header.utf8)).decoded("filename") == "ac")
    }
}
