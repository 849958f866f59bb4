import Foundation
import Testing

/// Expected outputs stored beside the tests (`Golden/`), compared byte for byte; re-recorded only
/// when `CASEINTAKE_RECORD_GOLDEN=1` is set, so that a changed report is a reviewed diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["CASEINTAKE_RECORD_GOLDEN"] == "1" }

    /// Compares `data` with the golden file `name`, or records it.
    static func check(_ data: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record(
                "No golden file \(name); record it with CASEINTAKE_RECORD_GOLDEN=1 swift test --filter ReportingTests",
                sourceLocation: sourceLocation)
            return
        }
        if expected != data {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent("actual-" + name)
            try? data.write(to: actual)
            Issue.record(
                """
                \(name) differs from its golden file (\(firstDifference(expected, data))).
                See: diff -u \(url.path) \(actual.path)
                If the change is intended, re-record with CASEINTAKE_RECORD_GOLDEN=1 and review the diff.
                """, sourceLocation: sourceLocation)
        }
    }

    private static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let actualLines = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? expectedLines[index] : "<end>"
            let right = index < actualLines.count ? actualLines[index] : "<end>"
            if left != right { return "line \(index + 1): expected «\(left.prefix(120))», got «\(right.prefix(120))»" }
        }
        return "same lines, different bytes"
    }
}
