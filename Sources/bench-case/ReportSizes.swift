import Foundation

/// The sizes of the report files a run wrote, as one line of the benchmark's printout.
enum ReportSizes {
    static let files = ["report.ja.html", "report.en.md", "summary.json"]

    static func measure(folder: String) -> String {
        files.map { name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? nil
            return size.map { String($0) } ?? "—"
        }.joined(separator: ", ")
    }
}
