import CaseFixtures
import Foundation
import Testing

/// `report` run again on the same output folder: the rounds of a case as they arrive by mail.
@Suite final class RoundsCommandTests {
    typealias Part = ExampleCases.CompleteCasePart

    let folder: URL
    /// Items 4 (the settings screenshot) and 10 (the capture) are what round 1 lacks.
    static let lateParts: Set<Part> = [.settingsScreenshot, .packetCapture]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseintake-rounds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ parts: Set<Part>) throws {
        try Data(try ExampleCases.completeCase(parts)).write(to: folder.appendingPathComponent(name))
    }

    func report(_ input: String, _ extra: [String] = []) throws -> CaseIntakeBinary.Run {
        try CaseIntakeBinary.run(
            ["report", input, "--case-id", "TM-100", "--password", ExampleCases.password, "-o", "out"] + extra,
            in: folder)
    }

    func summary() throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("out/TM-100/summary.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("out/TM-100/\(name)"), encoding: .utf8)
    }

    func rounds() throws -> [[String: Any]] { try #require(try summary()["rounds"] as? [[String: Any]]) }

    func itemRounds() throws -> [Int: Int] {
        let items = try #require(try summary()["items"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: items.compactMap { item in
                (item["number"] as? Int).flatMap { number in (item["round"] as? Int).map { (number, $0) } }
            })
    }

    @Test("round 1 without two items, round 2 with only those two: complete, and the mail thanks for them")
    func twoRounds() throws {
        try write("調査資料.zip", Set(Part.allCases).subtracting(Self.lateParts))
        try write("追加資料.zip", Self.lateParts)
        let first = try report("調査資料.zip")
        #expect(first.status == 1, "\(first.stderr)")
        #expect(try rounds().first?["open"] as? [Int] == [4, 10])

        let second = try report("追加資料.zip")
        #expect(second.status == 0, "\(second.stderr)")
        let json = try summary()
        #expect(json["status"] as? String == "complete")
        let list = try rounds()
        #expect(list.map { $0["number"] as? Int } == [1, 2])
        #expect(list[1]["resolved"] as? [Int] == [4, 10])
        #expect(list[1]["open"] as? [Int] == [])
        #expect((list[1]["inputs"] as? [[String: Any]])?.first?["path"] as? String == "追加資料.zip")
        let itemRounds = try itemRounds()
        #expect(itemRounds[3] == 1 && itemRounds[8] == 1 && itemRounds[4] == 2 && itemRounds[10] == 2)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(
            files.contains { ($0["path"] as? String)?.hasSuffix("msinfo32.txt") == true && $0["round"] as? Int == 1 })
        #expect(
            files.contains { ($0["path"] as? String)?.hasSuffix("パケット.pcapng") == true && $0["round"] as? Int == 2 })

        let japanese = try text("followup.ja.txt")
        #expect(japanese.contains("先日ご依頼いたしました資料のうち、(4)(10) につきましては確かに受領いたしました。ありがとうございました。"))
        #expect(japanese.contains("調査に必要な情報・資料をすべて確認いたしました。"))
        #expect(!japanese.contains("ご提供いただけますでしょうか"))
        let english = try text("followup.en.txt")
        #expect(english.contains("We have received (4) and (10), which we asked for in our previous mail."))
        #expect(english.contains("have everything we need"))
        #expect(try text("report.ja.html").contains("第 2 回"))
        #expect(try text("report.en.md").contains("**Round 1**"))
    }

    @Test("round 2 never asks again for what round 1 satisfied, and thanks only for what came")
    func neverAskedAgain() throws {
        try write("調査資料.zip", Set(Part.allCases).subtracting(Self.lateParts))
        try write("画面.zip", [.settingsScreenshot])
        _ = try report("調査資料.zip")
        let second = try report("画面.zip")
        #expect(second.status == 1, "\(second.stderr)")
        let list = try rounds()
        #expect(list.last?["resolved"] as? [Int] == [4])
        #expect(list.last?["open"] as? [Int] == [10])
        let japanese = try text("followup.ja.txt")
        #expect(japanese.contains("先日ご依頼いたしました資料のうち、(4) につきましては確かに受領いたしました。"))
        #expect(japanese.contains("引き続き、(10) につきまして"))
        for asked in 1...9 { #expect(!japanese.contains("\n(\(asked)) "), "item \(asked) was satisfied in round 1") }
        #expect(japanese.contains("\n(10) "))
    }

    @Test("--fresh starts over: round 2's material alone is round 1 again")
    func fresh() throws {
        try write("調査資料.zip", Set(Part.allCases).subtracting(Self.lateParts))
        try write("追加資料.zip", Self.lateParts)
        _ = try report("調査資料.zip")
        let run = try report("追加資料.zip", ["--fresh"])
        #expect(run.status == 1)
        let list = try rounds()
        #expect(list.count == 1)
        let resolved = Set(try #require(list.first?["resolved"] as? [Int]))
        #expect(resolved.isSuperset(of: [4, 10]))
        #expect((list.first?["open"] as? [Int])?.contains(1) == true, "no hearing sheet in this material alone")
        #expect(try summary()["status"] as? String == "incomplete")
    }

    @Test("the same archive sent again is recognised as received in round 1, not counted twice")
    func sameArchiveAgain() throws {
        try write("調査資料.zip", Set(Part.allCases).subtracting(Self.lateParts))
        _ = try report("調査資料.zip")
        _ = try report("調査資料.zip")
        let list = try rounds()
        #expect(list.count == 2)
        let inputs = try #require(list[1]["inputs"] as? [[String: Any]])
        #expect(inputs.first?["alreadyReceivedIn"] as? Int == 1)
        #expect(list[1]["resolved"] as? [Int] == [])
        let files = try #require(try summary()["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths.count == Set(paths).count, "each file once")
        #expect(files.allSatisfy { $0["round"] as? Int == 1 })
    }

    @Test("round 2 without --tz reads times in the zone round 1 was given")
    func zoneCarried() throws {
        try write("調査資料.zip", Set(Part.allCases).subtracting(Self.lateParts))
        try write("追加資料.zip", Self.lateParts)
        _ = try report("調査資料.zip", ["--tz", "America/New_York"])
        _ = try report("追加資料.zip")
        let caseInfo = try #require(try summary()["case"] as? [String: Any])
        #expect(caseInfo["timeZone"] as? String == "America/New_York")
        #expect(caseInfo["incidentTimes"] as? [String] == ["2026-11-20T10:05:00-05:00"])
    }

    @Test("--tz UTC is written UTC (not GMT) in summary.json and the report, and round 2 carries it on")
    func utcNamedAsGiven() throws {
        try write("調査資料.zip", Set(Part.allCases).subtracting(Self.lateParts))
        try write("追加資料.zip", Self.lateParts)
        _ = try report("調査資料.zip", ["--tz", "UTC"])
        #expect((try summary()["case"] as? [String: Any])?["timeZone"] as? String == "UTC")
        _ = try report("追加資料.zip")
        let caseInfo = try #require(try summary()["case"] as? [String: Any])
        #expect(caseInfo["timeZone"] as? String == "UTC")
        #expect(caseInfo["incidentTimes"] as? [String] == ["2026-11-20T10:05:00Z"])
        #expect(try text("report.en.md").contains("UTC") && !(try text("report.en.md").contains("GMT")))
    }

    @Test("a summary.json of another case or a damaged one in the folder: one stderr line, and round 1")
    func otherCaseStartsOver() throws {
        try write("調査資料.zip", Set(Part.allCases).subtracting(Self.lateParts))
        _ = try report("調査資料.zip")
        let url = folder.appendingPathComponent("out/TM-100/summary.json")
        let edited = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: #""id" : "TM-100""#, with: #""id" : "TM-999""#)
        try Data(edited.utf8).write(to: url)
        let run = try report("調査資料.zip")
        #expect(
            run.stderr.contains("caseintake: starting over: ") && run.stderr.contains("is of case TM-999, not TM-100"))
        #expect(try rounds().count == 1)

        try Data("{\"schemaVersion\": 2, \"tool\"".utf8).write(to: url)
        let damaged = try report("調査資料.zip")
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("caseintake: starting the case over: "))
        #expect(try rounds().count == 1)
    }
}
