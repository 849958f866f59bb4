import CaseFixtures
import Foundation
import Testing

/// Unreadable is not missing: the password example without its password is judged from nothing.
@Suite struct UnreadableCaseTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseintake-locked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(try ExampleCases.completeCase()).write(to: folder.appendingPathComponent("調査資料.zip"))
    }

    static let judgedWords = ["partial", "nothing was received", "Nothing was received", "見当たりません", "確認できませんでした"]

    @Test(
        "check without the password or with a wrong one: exit 2, what could not be read on top, items not judged",
        arguments: [
            ([], "password-protected (7 entries)"),
            (["--password", "wrong"], "none of the passwords tried opens it (7 entries)"),
        ])
    func check(extra: [String], reason: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CaseIntakeBinary.run(["check", "調査資料.zip"] + extra, in: folder)
        #expect(run.status == 2, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Could not be read: 調査資料.zip: \(reason)", "\(run.stdout)")
        for word in Self.judgedWords { #expect(!run.stdout.contains(word), "check says \(word)") }
        #expect(!run.stdout.contains("Zero KB"))
        #expect(run.stdout.contains("not judged"))
        let items = lines.filter { $0.range(of: #"^ ?\d{1,2} "#, options: .regularExpression) != nil }
        #expect(items.count == 12)
        #expect(items.allSatisfy { $0.contains("not judged") || $0.contains("not-applicable") }, "\(items)")
        let telnet = try #require(lines.first { $0.hasPrefix("調査資料.zip!/調査資料/telnet結果.txt") })
        #expect(telnet.hasSuffix("\(TelnetTranscriptWriter.bytes(.connected).count) bytes"), "\(telnet)")
    }

    @Test("report without the password: exit 2, items not judged, the mail asks only for the password")
    func report() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CaseIntakeBinary.run(["report", "調査資料.zip", "-o", "out"], in: folder)
        #expect(run.status == 2, "\(run.stderr)")
        let out = folder.appendingPathComponent("out/調査資料")
        let data = try Data(contentsOf: out.appendingPathComponent("summary.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["status"] as? String == "incomplete")
        let items = try #require(json["items"] as? [[String: Any]])
        let applicable = items.filter { $0["status"] as? String != "not-applicable" }
        #expect(!applicable.isEmpty)
        for item in applicable {
            #expect(item["judged"] as? Bool == false, "item \(item["number"] ?? "?")")
            #expect(item["status"] as? String == "insufficient")
            let codes = (item["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
            #expect(codes == ["input.unreadable"])
        }
        for name in ["summary.json", "report.en.html", "report.ja.html", "report.en.md", "report.ja.md"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            for word in Self.judgedWords { #expect(!text.contains(word), "\(name) says \(word)") }
        }
        let english = try String(contentsOf: out.appendingPathComponent("report.en.md"), encoding: .utf8)
        #expect(english.contains("## Could not be read\n\n- `調査資料.zip`: password-protected (7 entries)"))
        #expect(english.contains("**Not judged**"))
        let mailJA = try String(contentsOf: out.appendingPathComponent("followup.ja.txt"), encoding: .utf8)
        #expect(mailJA.contains("ファイルを開くためのパスワードをお知らせいただけますでしょうか"))
        #expect(!mailJA.contains("【ご送付いただきたい資料】"), "no item is asked for:\n\(mailJA)")
        #expect(!mailJA.contains("すべてそろっておりました"))
        let mailEN = try String(contentsOf: out.appendingPathComponent("followup.en.txt"), encoding: .utf8)
        #expect(mailEN.contains("let us know the password"))
        #expect(!mailEN.contains("Files we would like to receive") && !mailEN.contains("everything we need"))
        // The report shows the mail with its subject.
        let html = try String(contentsOf: out.appendingPathComponent("report.en.html"), encoding: .utf8)
        #expect(html.contains("Notification mail issue: we could not open your files"))
    }
}
