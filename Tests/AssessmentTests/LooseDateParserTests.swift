import Foundation
import Testing

@testable import Assessment

@Suite struct LooseDateParserTests {
    static let tokyo = TimeZone(identifier: "Asia/Tokyo")!
    static let parser = LooseDateParser(timeZone: tokyo, defaultYear: 2026)
    /// 2026-11-20 10:05:00 +09:00.
    static let incident = Date(timeIntervalSince1970: 1_795_136_700)

    @Test(
        "the ways customers write the incident time all give 2026-11-20 10:05 JST",
        arguments: [
            "2026/11/20 10:05",
            "2026-11-20 10:05:00",
            "2026年11月20日 10時05分",
            "11月20日 10時05分 頃",
            "１１月２０日　１０：０５",
            "２０２６/１１/２０ １０:０５",
            "2026/11/20(金) 10:05",
            "発生日時は 2026/11/20 10:05 頃です",
        ])
    func incidentTime(text: String) {
        #expect(Self.parser.dates(in: text) == [Self.incident])
    }

    @Test("seconds are kept")
    func seconds() {
        #expect(Self.parser.dates(in: "2026-11-20 10:05:30") == [Self.incident.addingTimeInterval(30)])
    }

    @Test(
        "impossible dates and bare numbers are not times",
        arguments: ["13/45 10:05", "2026/11/20", "10:05", "version 5.8.1234"])
    func notTimes(text: String) {
        #expect(Self.parser.dates(in: text).isEmpty)
    }

    @Test("a timeline line gives its time and the rest of the line")
    func timelineLine() throws {
        let entry = try #require(Self.parser.leadingDate(in: "2026/11/20 10:07 イベントを確認"))
        #expect(entry.date == Self.incident.addingTimeInterval(120))
        #expect(entry.rest == "イベントを確認")
        #expect(Self.parser.leadingDate(in: "確認: 2026/11/20 10:07") == nil)
    }
}
