import CaseFixtures
import Foundation
import Testing

@testable import Assessment

/// One timeline of every source around the incident: in time order, repeats collapsed, bounded.
@Suite struct TimelineTests {
    typealias Fixtures = CorrelationFixtures

    static func item(_ offset: TimeInterval, _ text: String, _ severity: Finding.Severity = .info) -> TimelineItem {
        TimelineItem(
            time: FixtureClock.incident.addingTimeInterval(offset), source: .debugLog, path: "SPNT.log",
            severity: severity, text: text)
    }

    @Test("a case's timeline is in time order and holds every source near the incident")
    func sources() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "msinfo32.txt": Fixtures.msinfo,
            "Application.evtx": ExampleEvidence.eventLog(channel: "Application", failure: .rejected),
            "SPNT.log": SpntLogWriter.log(outcome: .rejected),
            "capture.pcapng": ExampleEvidence.capture(.relayDenied),
        ]).assess()
        let items = assessment.correlation.timeline.items
        #expect(items.map(\.time) == items.map(\.time).sorted())
        #expect(Set(items.map(\.source)) == [.event, .debugLog, .capture, .customer])
        let refusal = try #require(items.first { $0.source == .capture && $0.text.contains("554 5.7.1") })
        #expect(refusal.severity == .problem)
        #expect(refusal.text.hasPrefix("192.0.2.25:25 → 192.0.2.10:50123 554"))
        #expect(refusal.path.hasSuffix("capture.pcapng"))
        // SMTP replies carry their packet's time, not the session's start.
        #expect(refusal.time.isClose(to: FixtureClock.incident.addingTimeInterval(0.009)))
        #expect(items.contains { $0.source == .customer && $0.text.contains("EICAR テストファイルを配置") })
        #expect(items.contains { $0.source == .debugLog && $0.text.hasPrefix("[Notify]") })
    }

    @Test("repeated events collapse into one line with their count and last time")
    func repeatsCollapse() throws {
        let assessment = try CaseFolder([
            "sheet.md": Fixtures.sheet, "Application.evtx": ExampleEvidence.eventLog(channel: "Application"),
        ]).assess()
        let items = assessment.correlation.timeline.items
        let scans = items.filter { $0.text.contains("Real-time scan is running.") }
        #expect(scans.count == 1)
        let scan = try #require(scans.first)
        // Every 5 minutes within 30 minutes either side of 10:05: 13 records.
        #expect(scan.count == 13)
        #expect(scan.time.isClose(to: FixtureClock.incident.addingTimeInterval(-1800)))
        #expect(scan.lastTime?.isClose(to: FixtureClock.incident.addingTimeInterval(1800)) == true)
    }

    @Test("the same text from two files stays two lines")
    func repeatsPerFile() {
        let other = TimelineItem(
            time: FixtureClock.incident, source: .debugLog, path: "old/SPNT.log", severity: .info, text: "same")
        let timeline = CaseTimeline.build([Self.item(0, "same"), other, Self.item(5, "same")], anchors: [])
        #expect(timeline.items.map(\.count) == [2, 1])
        #expect(timeline.items.map(\.path) == ["SPNT.log", "old/SPNT.log"])
    }

    @Test("repeats in Japanese collapse; where the path ends and the text begins still tells lines apart")
    func repeatsByBytes() {
        func line(_ path: String, _ text: String, _ offset: TimeInterval) -> TimelineItem {
            TimelineItem(
                time: FixtureClock.incident.addingTimeInterval(offset), source: .event, path: path, severity: .info,
                text: text)
        }
        let timeline = CaseTimeline.build(
            [
                line("イベントログ/System.evtx", "サービスが停止しました", 0),
                line("イベントログ/System.evtx", "サービスが停止しました", 60),
                line("ab", "c", 1), line("a", "bc", 2),
            ], anchors: [])
        #expect(timeline.items.map(\.count) == [2, 1, 1])
        #expect(timeline.items.map(\.path) == ["イベントログ/System.evtx", "ab", "a"])
    }

    @Test("past the limit, problems and the lines nearest the incident are kept, in time order")
    func bounded() {
        var raw: [TimelineItem] = []
        for index in 0..<200 { raw.append(Self.item(Double(index) * 60, "line \(index)")) }
        raw.append(Self.item(-86_400, "far problem", .problem))
        raw.append(Self.item(86_400, "far warning", .warning))
        let timeline = CaseTimeline.build(raw.shuffled(), anchors: [FixtureClock.incident])
        #expect(timeline.items.count == CaseTimeline.limit)
        #expect(timeline.omitted == raw.count - CaseTimeline.limit)
        #expect(timeline.items.map(\.time) == timeline.items.map(\.time).sorted())
        #expect(timeline.items.first?.text == "far problem")
        #expect(timeline.items.last?.text == "far warning")
        let kept = Set(timeline.items.map(\.text))
        #expect(kept.contains("line 0") && kept.contains("line 77") && !kept.contains("line 78"))
    }

    @Test("within the limit nothing is omitted")
    func withinLimit() {
        let timeline = CaseTimeline.build((0..<10).map { Self.item(Double($0), "line \($0)") }, anchors: [])
        #expect(timeline.items.count == 10)
        #expect(timeline.omitted == 0)
    }
}
