import Foundation
import Testing

@testable import Assessment

/// Which modified time a year-less log is placed before.
struct LogFileAgeTests {
    static let now = Date(timeIntervalSince1970: 1_795_136_700)  // 2026-11-20T01:05:00Z

    @Test(
        "An archiver's placeholder or a future time means now; a believable time is kept",
        arguments: [
            (nil, now),
            (Date(timeIntervalSince1970: 315_532_800), now),  // 1980-01-01, zip's zero time
            (now.addingTimeInterval(3 * 24 * 3600), now),
            (now.addingTimeInterval(-40 * 24 * 3600), now.addingTimeInterval(-40 * 24 * 3600)),
        ] as [(Date?, Date)])
    func newest(modified: Date?, expected: Date) {
        #expect(LogFileAge.newest(modified: modified, now: Self.now) == expected)
    }
}
