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
            "2026年11月20日 午前10時05分頃",
            "令和8年11月20日 10:05",
            "R8/11/20 10:05",
            "11/20 10:05 AM",
            "2026年11月20日（金）午前１０時５分",
        ])
    func incidentTime(text: String) {
        #expect(Self.parser.dates(in: text) == [Self.incident])
    }

    static let hourCases: [(String, TimeInterval)] = [
        ("2026年11月20日 午後3時05分", 5 * 3600), ("11/20 3:05 PM", 5 * 3600), ("2026年11月20日 10時頃", -300),
        ("11月20日 10時半", 25 * 60), ("2026/11/20 午前12時05分", -10 * 3600),
    ]

    @Test("午後, PM, 時頃 and 半 give the time they mean", arguments: hourCases)
    func hours(text: String, offset: TimeInterval) {
        #expect(Self.parser.dates(in: text) == [Self.incident.addingTimeInterval(offset)])
    }

    static let eraCases: [(String, Int)] = [("平成30年1月2日 3:04", 2018), ("令和元年5月1日 0:00", 2019), ("令和8年1月1日 9:00", 2026)]

    @Test("平成 and 令和 years", arguments: eraCases)
    func eraYears(text: String, year: Int) throws {
        let date = try #require(Self.parser.dates(in: text).first)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.tokyo
        #expect(calendar.component(.year, from: date) == year)
        #expect(LooseDateParser.firstYear(in: text) == year)
    }

    @Test(
        "a timeline line's list mark is not part of the entry", arguments: ["・", "- ", "* ", "1. ", "2) ", "① ", "• "])
    func listMarks(mark: String) throws {
        let entry = try #require(Self.parser.leadingDate(in: mark + "2026/11/20 10:05 頃 配置"))
        #expect(entry.date == Self.incident)
        #expect(entry.rest == "配置")
    }

    @Test("seconds are kept")
    func seconds() {
        #expect(Self.parser.dates(in: "2026-11-20 10:05:30") == [Self.incident.addingTimeInterval(30)])
    }

    @Test(
        "impossible dates and bare numbers are not times",
        arguments: ["13/45 10:05", "2026/11/20", "10:05", "version 5.8.1234", "2026/2/30 10:05", "11/20 10"])
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
