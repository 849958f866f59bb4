import CaseFixtures
import Foundation
import Testing

/// The built binary on the example cases, as a support engineer runs it.
@Suite struct ExampleCaseTests {
    let scratch: ScratchFolder
    var folder: URL { scratch.url }

    init() throws {
        scratch = try ScratchFolder("caseintake-e2e-")
        try ExampleCases.write(to: scratch.url.appendingPathComponent("Examples"))
    }

    func summary(_ caseID: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("out/\(caseID)/summary.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the committed Examples/ are what make-examples writes")
    func examplesUpToDate() throws {
        let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
        for name in [
            "complete-case/調査資料.zip", "incomplete-case/case-0002.tar.gz", "contradiction-case/case-0003.zip",
            "7z-case/追加資料.7z",
        ] {
            let fresh = try Data(contentsOf: folder.appendingPathComponent("Examples/\(name)"))
            let stored = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(fresh == stored, "Examples/\(name) differs from what make-examples writes; run make examples")
        }
    }

    @Test("the complete example (CP932 password zip with a zip inside) exits 0 and writes summary.json by the contract")
    func completeCase() throws {
        let run = try CaseIntakeBinary.run(
            ["report", "Examples/complete-case/調査資料.zip", "--password", ExampleCases.password, "-o", "out"],
            in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try summary("調査資料")
        #expect(json["schemaVersion"] as? Int == 2)
        #expect(json["status"] as? String == "complete")
        #expect(json["checklist"] as? String == "serverprotect-mail-notification")
        let caseInfo = try #require(json["case"] as? [String: Any])
        #expect(caseInfo["symptom"] as? String == "not-sent")
        #expect(caseInfo["incidentTimes"] as? [String] == ["2026-11-20T10:05:00+09:00"])
        let inputs = try #require(caseInfo["inputs"] as? [[String: Any]])
        #expect(inputs.first?["path"] as? String == "調査資料.zip")
        #expect((inputs.first?["sha256"] as? String)?.count == 64)
        let files = try #require(json["files"] as? [[String: Any]])
        let system = try #require(files.first { ($0["path"] as? String)?.hasSuffix("イベントログ.zip!/システム.evtx") == true })
        #expect(system["kind"] as? String == "evtx")
        let facts = try #require(system["facts"] as? [String: Any])
        #expect(facts["channel"] as? String == "System")
        #expect(facts["computer"] as? String == "SPNT-SV01")
        #expect(facts["records"] as? Int == 60)
        let coverage = try #require(facts["coverage"] as? [String: Any])
        #expect(coverage["from"] as? String == "2026-11-19T22:05:00Z")
        #expect(facts["coversIncident"] as? Bool == true)
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["number"] as? Int } == Array(1...12))
        // Version 2: who is who, and what the evidence shows — one consistent story.
        let normalServer = try #require(caseInfo["normalServer"] as? [String: Any])
        #expect(normalServer["names"] as? [String] == ["SPNT-SV01"])
        #expect(normalServer["addresses"] as? [String] == ["192.0.2.10"])
        let mailServer = try #require(caseInfo["mailServer"] as? [String: Any])
        #expect((mailServer["addresses"] as? [String])?.contains("192.0.2.25") == true)
        #expect(mailServer["application"] as? String == "Postfix")
        let codes = try #require(json["observations"] as? [[String: Any]]).compactMap { $0["code"] as? String }
        #expect(codes.contains("smtp.rejected") && codes.contains("spnt.send-failed"))
        #expect(!codes.contains("contradiction.delivered-vs-failed"))
        #expect(try #require(json["timeline"] as? [[String: Any]]).count > 5)
    }

    @Test("the contradiction example exits 1: delivered in the capture, failed in SPNT.log and the events")
    func contradictionCase() throws {
        let run = try CaseIntakeBinary.run(
            ["report", "Examples/contradiction-case/case-0003.zip", "-o", "out"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        let json = try summary("case-0003")
        let codes = try #require(json["observations"] as? [[String: Any]]).compactMap { $0["code"] as? String }
        #expect(codes.first == "contradiction.delivered-vs-failed")
        #expect(codes.contains("telnet.other-host-suspected"))
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.first { $0["number"] as? Int == 10 }?["status"] as? String == "insufficient")
        let html = try String(
            contentsOf: folder.appendingPathComponent("out/case-0003/report.ja.html"), encoding: .utf8)
        let top = try #require(html.components(separatedBy: "<section class=\"items\">").first)
        #expect(top.contains("資料の内容が一致しておりません"))
    }

    @Test("the incomplete example exits 1 and names the items to ask for")
    func incompleteCase() throws {
        let run = try CaseIntakeBinary.run(
            ["report", "Examples/incomplete-case/case-0002.tar.gz", "-o", "out"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        let json = try summary("case-0002")
        #expect(json["status"] as? String == "incomplete")
        let items = try #require(json["items"] as? [[String: Any]])
        let status = Dictionary(uniqueKeysWithValues: items.map { ($0["number"] as! Int, $0["status"] as! String) })
        #expect(status[1] == "insufficient")
        #expect(status[8] == "insufficient")
        #expect(status[9] == "ok")
        #expect(status[10] == "missing")
        let hearing = try #require(items.first { $0["number"] as? Int == 1 })
        #expect(hearing["unansweredQuestions"] as? [String] == ["frequency", "scope", "differences"])
    }

    @Test(
        "a password zip without the password, or with a wrong one, exits 2 with one line naming the archive and the fix",
        arguments: [[], ["--password", "wrong"]])
    func passwordProblems(extra: [String]) throws {
        let run = try CaseIntakeBinary.run(["check", "Examples/complete-case/調査資料.zip"] + extra, in: folder)
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("Examples/complete-case/調査資料.zip") == true)
        #expect(lines.first?.contains(extra.isEmpty ? "--password" : "password does not open") == true)
    }

    @Test("CASEINTAKE_PASSWORD works like --password")
    func passwordFromEnvironment() throws {
        let run = try CaseIntakeBinary.run(
            ["check", "Examples/complete-case/調査資料.zip"], environment: ["CASEINTAKE_PASSWORD": ExampleCases.password],
            in: folder)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(
        "the .7z example (a second mail: capture from the wrong host, failed telnet) exits 1 and asks again for the capture"
    )
    func sevenZipCase() throws {
        let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/7z-case/追加資料.7z")
        let direct = try CaseIntakeBinary.run(
            ["report", committed.path, "-o", "out", "--case-id", "seven"], in: folder)
        #expect(direct.status == 1, "\(direct.stderr)")
        let items = try #require(try summary("seven")["items"] as? [[String: Any]])
        let capture = try #require(items.first { $0["number"] as? Int == 10 })
        #expect(capture["status"] as? String == "insufficient")
        let mail = try String(contentsOf: folder.appendingPathComponent("out/seven/followup.ja.txt"), encoding: .utf8)
        #expect(mail.contains("\n(10) パケットデータ\n"))
        #expect(mail.contains("通知元の一般サーバ（SPNT-SV01 (192.0.2.10)）"))
        #expect(mail.contains("TCP 25 番ポート（SMTP）の通信が含まれておりませんでした"))
    }

    @Test("--incident names the time when no hearing sheet does; the report then lists the events near it")
    func incidentOption() throws {
        let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/7z-case/追加資料.7z")
        let run = try CaseIntakeBinary.run(
            ["report", committed.path, "-o", "out", "--case-id", "timed", "--incident", "2026/11/20 10:05"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        let caseInfo = try #require(try summary("timed")["case"] as? [String: Any])
        #expect(caseInfo["incidentTimes"] as? [String] == ["2026-11-20T10:05:00+09:00"])
        let html = try String(contentsOf: folder.appendingPathComponent("out/timed/report.en.html"), encoding: .utf8)
        #expect(html.contains("TCP/IP failed to establish an outgoing connection"))
    }

    @Test("names carrying terminal escapes and newlines are printed escaped by check")
    func terminalEscapes() throws {
        var zip = ZipWriter()
        try zip.addFile(
            name: .raw(Array("esc\u{1B}]0;pwned\u{07}\u{1B}[31mred\nline.txt".utf8)), contents: Array("x".utf8))
        try Data(try zip.finish()).write(to: folder.appendingPathComponent("names.zip"))
        let run = try CaseIntakeBinary.run(["check", "names.zip"], in: folder)
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(run.stdout.contains("esc\\x1B]0;pwned\\x07\\x1B[31mred\\x0Aline.txt"))
    }

    @Test("a name that reorders text (right-to-left override) is printed with the override shown, not obeyed")
    func reorderingNames() throws {
        var zip = ZipWriter()
        try zip.addFile(name: .utf8("report\u{202E}fdp.exe"), contents: Array("x".utf8))
        try Data(try zip.finish()).write(to: folder.appendingPathComponent("rlo.zip"))
        let run = try CaseIntakeBinary.run(["check", "rlo.zip"], in: folder)
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x202E })
        #expect(run.stdout.contains("report\\u{202E}fdp.exe"))
    }

    @Test("a missing input exits 2 with one line")
    func missingInput() throws {
        let run = try CaseIntakeBinary.run(["check", "no-such-case.zip"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-case.zip: not found"))
    }
}
