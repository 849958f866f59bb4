import Foundation
import Testing

@testable import Reporting

/// summary.json is written file by file, never as one encoder tree of every file: the bytes must
/// be exactly those of encoding the document whole.
@Suite struct SummaryEncodingTests {
    @Test("written file by file, summary.json is byte for byte the whole document's encoding")
    func sameBytes() throws {
        for reportCase in [try ReportCases.incomplete(), try InventoryTableTests.manyFiles()] {
            let document = SummaryDocument(reportCase.assessment)
            let pieces = try document.encoded()
            #expect(pieces == (try document.encodedWhole()))
            #expect(try JSONSerialization.jsonObject(with: pieces) is [String: Any])
        }
    }

    @Test("summary.json is handed over in pieces of about 64 KiB, never held whole")
    func streamedInPieces() throws {
        let document = SummaryDocument(try InventoryTableTests.manyFiles().assessment)
        var pieces: [Data] = []
        try document.encode { pieces.append($0) }
        #expect(pieces.count >= 2)
        // A piece ends after the file that took it past 64 KiB; one file's entry is far smaller.
        #expect(pieces.allSatisfy { $0.count < 80 << 10 })
        #expect(Data(pieces.joined()) == (try document.encodedWhole()))
    }
}
