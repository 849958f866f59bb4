import Assessment
import Foundation

/// The terminal view of a case: one row per file (past `listedFiles`, the files that matter and a
/// count of the rest, as in the report), then one line per checklist item.
enum InventoryTable {
    /// The most file rows printed.
    static let listedFiles = 200

    static func render(_ assessment: CaseAssessment) -> String {
        let listed = ListedFiles(assessment, limit: listedFiles)
        let unreadable = assessment.examination.unreadable
        // What could not be read comes first: no item below is judged from it.
        var lines = unreadable.summaries.map {
            "Could not be read: " + TerminalText.safe("\($0.archive): \($0.reason.en)")
        }
        if !lines.isEmpty { lines.append("") }
        // ByteCountFormatter builds an ICU formatter on every call; thousands of small files share
        // a few hundred sizes.
        var sizes: [Int64: String] = [:]
        let rows = listed.files.map { file in
            [
                TerminalText.safe(file.path.description), file.kind.rawValue,
                size(file, unread: unreadable.contains(file), cache: &sizes),
            ]
        }
        lines += table(header: ["PATH", "KIND", "SIZE"], rows: rows)
        if listed.omittedCount > 0 {
            let kinds = listed.omitted.map { "\($0.kind.rawValue) \($0.count)" }.joined(separator: ", ")
            lines.append(
                "… and \(listed.omittedCount) more files (\(kinds)); `caseintake report` lists every file in summary.json"
            )
        }
        lines.append("")
        for verdict in assessment.items {
            let mark = verdict.conditional ? " (if applicable)" : ""
            let status = verdict.judged ? verdict.status.rawValue : "not judged"
            lines.append(String(format: "%2d ", verdict.item.number) + pad(status, 15) + verdict.item.title.en + mark)
            for finding in verdict.findings where finding.severity != .info {
                lines.append("      - " + TerminalText.safe(finding.message.en))
            }
        }
        lines.append("")
        lines.append(statusLine(assessment))
        return lines.joined(separator: "\n")
    }

    /// The size read, or for an entry that could not be read the size its archive declares (or —).
    static func size(_ file: ReceivedFile, unread: Bool, cache: inout [Int64: String]) -> String {
        guard let bytes = unread ? file.declaredSize : file.bytes else { return "—" }
        if let known = cache[bytes] { return known }
        let text = ByteCountFormatter.string(fromByteCount: bytes, countStyle: .file)
        cache[bytes] = text
        return text
    }

    static func statusLine(_ assessment: CaseAssessment) -> String {
        let requested = assessment.requestedItems.map { "\($0.item.number)" }.joined(separator: ", ")
        if !assessment.examination.unreadable.isEmpty {
            return
                "Case \(assessment.examination.request.resolvedCaseID): not judged; some received files could not be read"
        }
        return assessment.isComplete
            ? "Case \(assessment.examination.request.resolvedCaseID): complete (\(assessment.examination.files.count) files)"
            : "Case \(assessment.examination.request.resolvedCaseID): incomplete; to request: items \(requested)"
    }

    private static func table(header: [String], rows: [[String]]) -> [String] {
        let all = [header] + rows
        let widths = (0..<header.count).map { column in all.map { width($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in index == row.count - 1 ? cell : pad(cell, widths[index] + 2) }
                .joined()
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - self.width(text)))
    }

    /// Terminal columns: East Asian wide characters take two.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
