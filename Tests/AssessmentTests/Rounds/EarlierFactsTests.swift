import Foundation
import Testing

@testable import Assessment

/// A later round's material is read with what the earlier rounds established already known.
@Suite struct EarlierFactsTests {
    static let incident = Date(timeIntervalSince1970: 1_795_655_100)

    /// Round 1 as its summary remembers it: the symptom, the incident, both servers, the sheet's answers.
    static var history: CaseHistory {
        let sheet = HearingAnswers(
            source: "調査資料.zip!/ヒアリングシート.md", symptom: .notSent, answers: ["when": "2026/11/20 10:05"],
            fields: ["mail-server-fqdn": "mail.example.co.jp"], incidentTimes: [incident], timeline: [])
        return CaseHistory(
            caseID: "TM-7", checklistID: CaseFolder.checklist.id,
            rounds: [CaseRound(number: 1, date: incident, inputs: [], resolved: [], open: [10])], items: [],
            symptom: .notSent, incidentTimes: [incident], hearing: sheet, normalServer: ["SPNT-SV01", "192.0.2.10"],
            mailServer: ["mail.example.co.jp", "192.0.2.25"])
    }

    @Test("round 2 with a single unrelated file still knows the symptom, the incident and who is who")
    func factsKnown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("メモ".utf8).write(to: folder.appendingPathComponent("memo.txt"))
        let assessment = try CaseIntake.assess(
            CaseIntakeOptions(request: CaseRequest(inputs: [folder.path], caseID: "TM-7"), history: Self.history))
        #expect(assessment.symptom == .notSent)
        #expect(assessment.incidentTimes == [Self.incident])
        #expect(assessment.hearing?.fields["mail-server-fqdn"] == "mail.example.co.jp")
        let normal = assessment.correlation.normalServer
        #expect(normal.names == ["SPNT-SV01"] && normal.addresses == ["192.0.2.10"])
        #expect(normal.clues.allSatisfy { $0.source == "summary.json (round 1)" })
        #expect(assessment.correlation.mailServer.addresses == ["192.0.2.25"])
        #expect(assessment.rounds?.current.number == 2)
    }

    @Test("--server given for round 2 wins over the Normal Server the earlier rounds named")
    func givenServerWins() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let assessment = try CaseIntake.assess(
            CaseIntakeOptions(
                request: CaseRequest(inputs: [folder.path], caseID: "TM-7", serverAddresses: ["192.0.2.11"]),
                history: Self.history))
        #expect(assessment.correlation.normalServer.addresses == ["192.0.2.11"])
        #expect(assessment.correlation.normalServer.clues.map(\.source) == ["--server"])
    }
}
