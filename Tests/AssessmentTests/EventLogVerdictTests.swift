import CaseFixtures
import Formats
import Foundation
import Testing

@testable import Assessment

/// Item 8 is decided by each log's Channel, not by its file name.
@Suite struct EventLogVerdictTests {
    static func log(_ channel: String, at time: Date = FixtureClock.incident) -> [UInt8] {
        EvtxWriter.file([
            EvtxEvent(
                channel: channel, computer: "SPNT-SV01", provider: "Service Control Manager", eventID: 7036,
                level: 4, time: time.addingTimeInterval(-600)),
            EvtxEvent(
                channel: channel, computer: "SPNT-SV01", provider: "ServerProtect", eventID: 2001, level: 2,
                time: time.addingTimeInterval(600)),
        ])
    }

    /// A legacy .evt: the 48-byte header and the end-of-file record ([EVT]).
    static let legacyLog: [UInt8] = {
        var bytes: [UInt8] = [0x30, 0, 0, 0] + Array("LfLe".utf8) + [1, 0, 0, 0, 1, 0, 0, 0]
        bytes += [
            0x30, 0, 0, 0, 0x30, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x30, 0, 0, 0,
        ]
        bytes += [
            0x28, 0, 0, 0, 0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x22, 0x22, 0x33, 0x33, 0x33, 0x33, 0x44, 0x44, 0x44,
            0x44,
        ]
        bytes += [0x30, 0, 0, 0, 0x30, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0x28, 0, 0, 0]
        return bytes
    }()

    @Test("both logs renamed to neutral names still make item 8 ok")
    func renamedLogs() throws {
        let verdict = try CaseFolder(["log1.dat": Self.log("System"), "log2.dat": Self.log("Application")]).assess()
            .item(8)
        #expect(verdict.status == .ok)
        #expect(verdict.evidence.count == 2)
    }

    @Test(
        "one log missing is insufficient and says which",
        arguments: [
            ("System", "evtx.application-missing"),
            ("Application", "evtx.system-missing"),
        ])
    func oneMissing(present: String, code: String) throws {
        let verdict = try CaseFolder(["\(present).evtx": Self.log(present)]).assess().item(8)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code).contains(code))
    }

    @Test("only the Security log does not count: insufficient, naming the channel received")
    func onlySecurity() throws {
        let verdict = try CaseFolder(["System.evtx": Self.log("Security")]).assess().item(8)
        #expect(verdict.status == .insufficient)
        #expect(
            Set(verdict.findings.map(\.code)).isSuperset(of: [
                "evtx.other-channel", "evtx.system-missing",
                "evtx.application-missing",
            ]))
    }

    @Test("only text, csv or xml exports are insufficient and ask for .evtx", arguments: ["txt", "csv", "xml"])
    func onlyExports(format: String) throws {
        let bytes =
            switch format {
            case "txt": EventLogTextExportWriter.text(japanese: true)
            case "csv": EventLogTextExportWriter.csv(japanese: false)
            default: EventLogTextExportWriter.xml(japanese: true)
            }
        let assessment = try CaseFolder(["eventlog.\(format)": bytes]).assess()
        #expect(assessment.examination.files.first?.kind == .eventLogExport)
        let verdict = assessment.item(8)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code).contains("evtx.text-export"))
    }

    @Test(".evt only is insufficient and asks for .evtx")
    func legacyOnly() throws {
        let assessment = try CaseFolder(["SysEvent.Evt": Self.legacyLog]).assess()
        #expect(assessment.examination.files.first?.kind == .evt)
        #expect(assessment.item(8).status == .insufficient)
        #expect(assessment.item(8).findings.map(\.code).contains("evtx.legacy-evt"))
    }

    @Test("nothing at all is missing")
    func nothing() throws {
        #expect(try CaseFolder(["memo.txt": Array("hello".utf8)]).assess().item(8).status == .missing)
    }
}

/// Item 3: a full msinfo32 export, not a fragment or a picture.
@Suite struct SystemInformationVerdictTests {
    @Test(
        "a full export is ok in English and Japanese, UTF-16 with or without BOM and UTF-8",
        arguments: [
            (MsInfoWriter.Language.english, TextEncoding.utf16LE, true), (.japanese, .utf16LE, false),
            (.japanese, .utf8, false),
        ])
    func fullExport(language: MsInfoWriter.Language, encoding: TextEncoding, bom: Bool) throws {
        let bytes = MsInfoWriter.textExport(language: language, encoding: encoding, byteOrderMark: bom)
        let assessment = try CaseFolder(["sysinfo.txt": bytes]).assess()
        #expect(assessment.item(3).status == .ok)
        #expect(assessment.examination.files.first?.facts.systemInformation?.systemName == "SPNT-SV01")
    }

    @Test("only the first screen pasted is insufficient")
    func fragment() throws {
        let bytes = MsInfoWriter.textExport(language: .japanese, complete: false)
        let verdict = try CaseFolder(["msinfo32.txt": bytes]).assess().item(3)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code) == ["msinfo.fragment"])
    }

    @Test("a screenshot of msinfo32 instead of the export is insufficient")
    func screenshot() throws {
        let verdict = try CaseFolder(["msinfo32.png": ImageWriter.png(width: 40, height: 30)]).assess().item(3)
        #expect(verdict.status == .insufficient)
        #expect(verdict.findings.map(\.code) == ["msinfo.screenshot"])
    }

    @Test("an .nfo export is ok")
    func nfo() throws {
        #expect(try CaseFolder(["report.nfo": MsInfoWriter.nfo(language: .english)]).assess().item(3).status == .ok)
    }
}

/// The events table around the incident.
@Suite struct IncidentEventTests {
    static let incident = FixtureClock.incident

    static func systemLog() -> [UInt8] {
        EvtxWriter.file([
            EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "Service Control Manager", eventID: 7036,
                level: 4, time: incident.addingTimeInterval(-120), data: ["Trend Micro ServerProtect", "stopped"]),
            EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "Service Control Manager", eventID: 7036,
                level: 4, time: incident.addingTimeInterval(-60), data: ["Windows Update", "running"]),
            EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "Tcpip", eventID: 4227, level: 3,
                time: incident.addingTimeInterval(5), data: ["connect to 192.0.2.25:25 failed"]),
            EvtxEvent(
                channel: "System", computer: "SPNT-SV01", provider: "Tcpip", eventID: 4227, level: 3,
                time: incident.addingTimeInterval(-7200), data: ["too early"]),
        ])
    }

    @Test(
        "with the incident known before the walk, service events naming ServerProtect join errors and warnings in its window"
    )
    func serviceEvents() throws {
        let folder = try CaseFolder(["System.evtx": Self.systemLog()])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let events = EventSelection(sources: EventSelection.defaultSources, incidents: [Self.incident])
        let examination = CaseExamination.examine(CaseRequest(inputs: [folder.url.path]), events: events)
        let assessment = CaseAssessor.assess(
            examination, checklist: CaseFolder.checklist, incidentTimes: [Self.incident])
        #expect(assessment.incidentEvents.map(\.eventID) == [7036, 4227])
        #expect(assessment.incidentEvents.first?.summary.contains("ServerProtect") == true)
    }
}
