import Assessment
import Intake

extension ReportModel {
    /// The inventory lists every file of a case up to this many; past it, the files that matter
    /// come first and the rest are counted by kind (``ListedFiles``). summary.json lists every file.
    static let listedFiles = 200

    /// The inventory's rows, in walk order, and a sentence about the files not listed.
    static func inventoryRows(
        _ assessment: CaseAssessment, unreadable: UnreadableInputs, labels: ReportLabels,
        findingRows: ([Finding]) -> [FindingRow]
    ) -> (rows: [FileRow], rest: String?) {
        let unit = labels["unit.bytes"]
        func row(_ file: ReceivedFile) -> FileRow {
            let rows = findingRows(file.findings)
            return FileRow(
                path: CaseText(file.path.description), kind: file.kind.rawValue,
                size: unreadable.contains(file)
                    ? file.declaredSize.map { DisplayFormat.size($0, unit: unit) } ?? "—"
                    : DisplayFormat.size(file.bytes, unit: unit), sha256: file.sha256 ?? "—", findings: rows,
                hasFindings: !rows.isEmpty)
        }
        let listed = ListedFiles(assessment, limit: listedFiles)
        guard listed.omittedCount > 0 else { return (listed.files.map(row), nil) }
        let kinds = listed.omitted.map { "\($0.kind.rawValue) \(DisplayFormat.grouping(Int64($0.count)))" }
            .joined(separator: ", ")
        let rest = labels["inventoryRest"]
            .replacingOccurrences(of: "{count}", with: DisplayFormat.grouping(Int64(listed.omittedCount)))
            .replacingOccurrences(of: "{kinds}", with: kinds)
        return (listed.files.map(row), rest)
    }
}
