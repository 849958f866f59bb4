import Formats
import Foundation
import Testing

@testable import Reporting

@Suite struct ISO8601Tests {
    @Test(
        "UTC times carry microseconds only when they have them",
        arguments: [
            (1_795_136_700.0, "2026-11-20T01:05:00Z"),
            (1_556_399_065.733401, "2019-04-27T21:04:25.733401Z"),
            (-11_644_473_600.0, "1601-01-01T00:00:00Z"),
        ])
    func utc(seconds: Double, expected: String) {
        #expect(ISO8601UTC.string(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test("incident times keep the case's offset")
    func local() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        #expect(
            ISO8601Local.string(Date(timeIntervalSince1970: 1_795_136_700), in: tokyo) == "2026-11-20T10:05:00+09:00")
    }

    @Test(
        "local times are truncated to the second, never rounded up",
        arguments: [(0, "10:05:30"), (600_000, "10:05:30"), (999_999, "10:05:30")] as [(Int64, String)])
    func localTruncates(microseconds: Int64, expected: String) {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let time = MicrosecondTime.date(seconds: 1_795_136_730, microseconds: microseconds)
        #expect(ISO8601Local.string(time, in: tokyo) == "2026-11-20T\(expected)+09:00")
    }
}
