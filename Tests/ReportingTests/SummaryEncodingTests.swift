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
}
