import Foundation
import Intake
import Testing

@testable import Assessment

/// Round 2 merged with round 1: what stays, what the round resolved, what it recognises as received before.
@Suite struct RoundMergerTests {
    static let checklist = CaseFolder.checklist
    static let round1Date = Date(timeIntervalSince1970: 1_795_000_000)
    static let round2Date = Date(timeIntervalSince1970: 1_795_400_000)

    /// An examined case of one small text file, and its SHA-256.
    static func examination(_ text: String = "note") throws -> CaseExamination {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("round-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("追加.txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: folder) }
        return CaseExamination.examine(CaseRequest(inputs: [file.path], caseID: "TM-1"))
    }

    /// This round's assessment with the given statuses (the rest missing).
    static func assessment(
        _ statuses: [Int: ItemStatus], findings: [Int: [Finding]] = [:], observations: [Observation] = []
    )
        throws -> CaseAssessment
    {
        let items = checklist.items.map { item in
            ItemVerdict(
                item: item, status: statuses[item.number] ?? .missing,
                evidence: statuses[item.number].map { _ in [CasePath(input: "追加.txt")] } ?? [],
                findings: findings[item.number] ?? [])
        }
        return CaseAssessment(
            examination: try examination(), checklist: checklist, symptom: .notSent, incidentTimes: [], hearing: nil,
            items: items, caseFindings: [], incidentEvents: [], correlation: CaseCorrelation(observations: observations)
        )
    }

    /// Round 1: everything ok except items 4 and 10, missing; item 8 insufficient.
    static func history(inputs: [CaseRound.Input] = [], observations: [Observation] = []) -> CaseHistory {
        let items = checklist.items.map { item -> EarlierItem in
            switch item.number {
            case 4, 10: return EarlierItem(number: item.number, status: .missing)
            case 8:
                return EarlierItem(
                    number: 8, status: .insufficient, evidence: ["case.zip!/System.txt"],
                    findings: [Finding(.problem, "evtx.text-export", LocalizedText("text"))])
            default: return EarlierItem(number: item.number, status: .ok, evidence: ["case.zip!/file\(item.number)"])
            }
        }
        let round = CaseRound(
            number: 1, date: round1Date, inputs: inputs, resolved: [1, 2, 3, 5, 6, 7, 9, 11, 12], open: [4, 8, 10])
        return CaseHistory(
            caseID: "TM-1", checklistID: checklist.id, rounds: [round], items: items, symptom: .notSent,
            observations: observations)
    }

    @Test("items satisfied in round 1 stay, with round 1's evidence and round, when round 2 brings only two items")
    func earlierItemsStay() throws {
        let merged = RoundMerger.merge(
            try Self.assessment([4: .review, 10: .ok]), with: Self.history(), date: Self.round2Date)
        let status = Dictionary(uniqueKeysWithValues: merged.items.map { ($0.item.number, $0.status) })
        #expect(status[3] == .ok)
        #expect(status[4] == .review)
        #expect(status[10] == .ok)
        #expect(status[8] == .insufficient, "still nothing for item 8: its earlier findings stay")
        #expect(merged.items[7].findings.map(\.code) == ["evtx.text-export"])
        #expect(merged.items[2].evidence.map(\.description) == ["case.zip!/file3"])
        let rounds = try #require(merged.rounds)
        #expect(rounds.itemRounds[3] == 1)
        #expect(rounds.itemRounds[10] == 2)
        #expect(rounds.current.number == 2)
        #expect(rounds.current.resolved == [4, 10])
        #expect(rounds.current.open == [8])
        #expect(rounds.received == [4, 10], "the previous round asked for 4, 8 and 10; 4 and 10 came")
        #expect(merged.requestedItems.map(\.item.number) == [8])
    }

    @Test("a contradiction in round 2 reopens an item round 1 satisfied")
    func contradictionReopens() throws {
        let problem = Finding(.problem, "capture.normal-server-absent", LocalizedText("other host"))
        let merged = RoundMerger.merge(
            try Self.assessment([3: .insufficient], findings: [3: [problem]]), with: Self.history(),
            date: Self.round2Date)
        #expect(merged.items[2].status == .insufficient)
        #expect(merged.rounds?.itemRounds[3] == 2)
        #expect(merged.rounds?.current.open == [3, 4, 8, 10])
    }

    @Test("an input with the bytes of an earlier round's input is recognised as received before")
    func sameBytesRecognised() throws {
        let new = try Self.assessment([:])
        let input = try #require(new.examination.inputs.first)
        let earlier = CaseRound.Input(path: "前回.txt", bytes: input.bytes, sha256: input.sha256)
        let merged = RoundMerger.merge(new, with: Self.history(inputs: [earlier]), date: Self.round2Date)
        #expect(merged.rounds?.current.inputs.map(\.alreadyReceivedIn) == [1])
    }

    @Test("round 1 without history: every satisfied item resolved, the rest open")
    func firstRound() throws {
        let merged = RoundMerger.merge(try Self.assessment([1: .ok, 4: .review]), with: nil, date: Self.round1Date)
        let rounds = try #require(merged.rounds)
        #expect(rounds.rounds.count == 1)
        #expect(rounds.current.resolved == [1, 4])
        #expect(rounds.current.open == [2, 3, 5, 6, 7, 8, 9, 10, 11, 12])
        #expect(rounds.received.isEmpty)
        #expect(rounds.previous == nil)
    }

    @Test("earlier observations stay while the evidence they rest on is kept, not once it is replaced")
    func earlierObservations() throws {
        let kept = Observation(
            code: "smtp.rejected", severity: .problem, time: nil,
            evidence: [CasePath(input: "case.zip").entry("file3")],
            message: LocalizedText("554"))
        let replaced = Observation(
            code: "capture.loopback-only", severity: .problem, time: nil,
            evidence: [CasePath(input: "case.zip").entry("old.pcap")], message: LocalizedText("loopback"))
        let merged = RoundMerger.merge(
            try Self.assessment([10: .ok]), with: Self.history(observations: [kept, replaced]), date: Self.round2Date)
        #expect(merged.correlation.observations.map(\.code) == ["smtp.rejected"])
    }

    @Test("hearing answers of round 1 fill what round 2's sheet leaves open; round 2's answers win")
    func hearingCarried() {
        let time = Date(timeIntervalSince1970: 1_795_000_000)
        let earlier = HearingAnswers(
            source: "case.zip!/sheet.md", symptom: .notSent, answers: ["when": "11/20 10:05", "what": "届かない"],
            fields: ["mail-server-name": "mail.example.co.jp"], incidentTimes: [time], timeline: [],
            flags: ["mail-server-application": .unknown])
        let new = HearingAnswers(
            source: "more.zip!/sheet.md", symptom: .unknown, answers: ["what": "通知が届かない"],
            fields: ["mail-server-application": "Postfix"], incidentTimes: [], timeline: [])
        let merged = new.filling(from: earlier)
        #expect(merged.answers == ["when": "11/20 10:05", "what": "通知が届かない"])
        #expect(merged.fields["mail-server-name"] == "mail.example.co.jp")
        #expect(merged.fields["mail-server-application"] == "Postfix")
        #expect(merged.flags.isEmpty, "the new answer replaces the earlier 「不明」")
        #expect(merged.symptom == .notSent)
        #expect(merged.incidentTimes == [time])
        #expect(merged.source == "more.zip!/sheet.md")
    }
}
