import Assessment
import Foundation
import Reporting
import Testing

/// summary.json read back: everything a later round needs, and one sentence for anything that is not ours.
@Suite struct SummaryReaderTests {
    static let roundDate = Date(timeIntervalSince1970: 1_795_100_000)

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a written summary carries round 1 forward: items, hearing answers, incident time, Normal Server, files")
    func roundTrip() throws {
        let reportCase = try ReportCases.complete()
        let merged = RoundMerger.merge(reportCase.assessment, with: nil, date: Self.roundDate)
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = ReportCases.options()
        options.customer = "株式会社サンプル 山田"
        try ReportWriter.write(merged, to: folder, options: options)
        let earlier = try #require(SummaryReader.read(folder: folder).earlier, "the summary just written is read back")
        let history = earlier.history
        #expect(history.caseID == "golden-complete")
        #expect(history.checklistID == merged.checklistID)
        #expect(history.items.map(\.status) == merged.items.map(\.status))
        #expect(history.items.map(\.evidence) == merged.items.map { $0.evidence.map(\.description) })
        #expect(history.items.allSatisfy { $0.round == 1 })
        #expect(history.incidentTimes == merged.incidentTimes)
        #expect(history.symptom == merged.symptom)
        let hearing = try #require(history.hearing)
        #expect(hearing.answers == merged.hearing?.answers)
        #expect(hearing.fields == merged.hearing?.fields)
        #expect(hearing.incidentTimes == merged.hearing?.incidentTimes)
        #expect(hearing.timeline == merged.hearing?.timeline)
        #expect(history.normalServer.contains("SPNT-SV01"))
        #expect(history.rounds.map(\.number) == [1])
        #expect(history.rounds.first?.date == Self.roundDate)
        #expect(history.files.count == merged.examination.files.count)
        #expect(history.observations.map(\.code) == merged.correlation.observations.map(\.code))
        #expect(earlier.customer == "株式会社サンプル 山田")
        #expect(earlier.complete == merged.isComplete)
    }

    /// What a folder may hold in place of our summary.json, and what the reader makes of it.
    static let strangers: [(String, String)] = [
        ("{\"schemaVersion\": 2, \"tool\": {\"name\": \"caseintake\"", "unusable"),
        ("\u{FF}\u{FE}garbage", "unusable"),
        ("[1, 2, 3]", "unusable"),
        ("{\"schemaVersion\": 1, \"tool\": {\"name\": \"caseintake\"}}", "unusable"),
        ("{\"schemaVersion\": 3, \"tool\": {\"name\": \"caseintake\"}}", "unusable"),
        ("{\"schemaVersion\": 2, \"tool\": {\"name\": \"caseintake\"}, \"checklist\": \"x\"}", "unusable"),
        ("{\"schemaVersion\": 2, \"tool\": {\"name\": \"other-tool\"}}", "other"),
        ("{\"build\": \"ok\"}", "other"),
    ]

    @Test(
        "a damaged summary, another version or another tool's JSON is one sentence, never a crash", arguments: strangers
    )
    func strangersAreNamed(_ stranger: (String, String)) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(stranger.0.utf8).write(to: folder.appendingPathComponent("summary.json"))
        switch SummaryReader.read(folder: folder) {
        case .unusable(let reason):
            #expect(stranger.1 == "unusable")
            #expect(reason.hasPrefix(folder.path) && !reason.contains("\n"))
        case .otherTool(let reason):
            #expect(stranger.1 == "other")
            #expect(reason.contains("not written by caseintake"))
        case .none, .earlier:
            Issue.record("\(stranger.0) was taken for a summary of ours or for none")
        }
        let (earlier, notice) = SummaryReader.earlierRounds(in: folder, caseID: "TM-1", checklistID: "x")
        #expect(earlier == nil)
        #expect(notice?.hasPrefix("starting the case over: ") == true)
    }

    @Test("a round number no case reaches is damage, not a round to count on from", arguments: [0, -1, Int.max])
    func roundOutOfRange(_ number: Int) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let merged = RoundMerger.merge(try ReportCases.sparse().assessment, with: nil, date: Self.roundDate)
        try ReportWriter.write(merged, to: folder, options: ReportCases.options())
        let url = folder.appendingPathComponent("summary.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var rounds = try #require(json["rounds"] as? [[String: Any]])
        rounds[0]["number"] = number
        json["rounds"] = rounds
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        guard case .unusable(let reason) = SummaryReader.read(folder: folder) else {
            Issue.record("round \(number) was taken for a round")
            return
        }
        #expect(reason.hasSuffix("has a round number out of range (damaged?)"))
    }

    @Test("no summary.json: round 1, and nothing to say")
    func nothingYet() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (earlier, notice) = SummaryReader.earlierRounds(in: folder, caseID: "TM-1", checklistID: "x")
        #expect(earlier == nil && notice == nil)
    }

    @Test("another case's or another checklist's summary is never merged: it starts over with one line")
    func neverAcrossCases() throws {
        let reportCase = try ReportCases.incomplete()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ReportWriter.write(
            RoundMerger.merge(reportCase.assessment, with: nil, date: Self.roundDate), to: folder,
            options: ReportCases.options())
        let checklist = reportCase.assessment.checklistID
        let (sameCase, none) = SummaryReader.earlierRounds(
            in: folder, caseID: "golden-incomplete", checklistID: checklist)
        #expect(sameCase != nil && none == nil)
        let (otherCase, caseNotice) = SummaryReader.earlierRounds(in: folder, caseID: "TM-2", checklistID: checklist)
        #expect(otherCase == nil)
        #expect(caseNotice?.contains("is of case golden-incomplete, not TM-2") == true)
        let (otherList, listNotice) = SummaryReader.earlierRounds(
            in: folder, caseID: "golden-incomplete", checklistID: "another-checklist")
        #expect(otherList == nil)
        #expect(listNotice?.contains("not another-checklist") == true)
    }
}
