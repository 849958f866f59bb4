import CaseFixtures
import Foundation
import Testing

/// Reports go to a wiki: paths in them start at the input's own name, never at the folder the
/// engineer read it from.
@Suite struct InputPathTests {
    @Test("report on absolute paths: no output file carries a folder of the machine; same names stay apart")
    func absolutePaths() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "caseintake-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("received/mail1/追加資料.7z")
        let second = root.appendingPathComponent("received/mail2/追加資料.7z")
        for url in [first, second] {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(ExampleCases.sevenZipCase()).write(to: url)
        }
        let output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let run = try CaseIntakeBinary.run(
            ["report", first.path, second.path, "-o", output.path, "--case-id", "paths"],
            in: FileManager.default.temporaryDirectory)
        #expect(run.status == 1, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("paths").path)
        #expect(files.count == 9, "\(files)")
        for name in files {
            let text = try String(contentsOf: output.appendingPathComponent("paths/\(name)"), encoding: .utf8)
            for folder in [root.path, "received/mail1", "received/mail2", FileManager.default.temporaryDirectory.path] {
                #expect(!text.contains(folder), "\(name) names the folder \(folder)")
            }
        }
        let data = try Data(contentsOf: output.appendingPathComponent("paths/summary.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let inputs = try #require((json["case"] as? [String: Any])?["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == ["追加資料.7z", "追加資料.7z (2)"])
        let paths = try #require(json["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        #expect(paths.contains("追加資料.7z!/追加資料/System.evtx"))
        #expect(paths.contains("追加資料.7z (2)!/追加資料/System.evtx"))
    }
}
