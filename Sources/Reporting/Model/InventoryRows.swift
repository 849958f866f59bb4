import Assessment
import Intake

extension ReportModel {
    /// The inventory lists every file of a case up to this many; past it, the files that matter
    /// (evidence of an item, unreadable, with findings, of no known kind) come first and the rest
    /// are counted by kind. summary.json lists every file.
    static let listedFiles = 200

    /// The inventory's rows, in walk order, and a sentence about the files not listed.
    static func inventoryRows(
        _ assessment: CaseAssessment, unreadable: UnreadableInputs, labels: ReportLabels,
        findingRows: ([Finding]) -> [FindingRow]
    ) -> (rows: [FileRow], rest: String?) {
        let files = assessment.examination.files
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
        guard files.count > listedFiles else { return (files.map(row), nil) }
        let evidence = Set(assessment.items.flatMap(\.evidence))
        let matters = { (file: ReceivedFile) in
            evidence.contains(file.path) || !file.findings.isEmpty || unreadable.contains(file)
                || file.kind == .unknown
        }
        // The files that matter first, then the others, each in walk order; shown in walk order.
        var listed = Array(files.indices.filter { matters(files[$0]) }.prefix(listedFiles))
        listed += files.indices.lazy.filter { !matters(files[$0]) }.prefix(listedFiles - listed.count)
        listed.sort()
        var omitted: [EvidenceKind: Int] = [:]
        var next = listed.startIndex
        for index in files.indices {
            if next < listed.endIndex, listed[next] == index {
                next += 1
            } else {
                omitted[files[index].kind, default: 0] += 1
            }
        }
        let kinds = omitted.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
            .map { "\($0.key.rawValue) \(DisplayFormat.grouping(Int64($0.value)))" }.joined(separator: ", ")
        let rest = labels["inventoryRest"]
            .replacingOccurrences(of: "{count}", with: DisplayFormat.grouping(Int64(files.count - listed.count)))
            .replacingOccurrences(of: "{kinds}", with: kinds)
        return (listed.map { row(files[$0]) }, rest)
    }
}
