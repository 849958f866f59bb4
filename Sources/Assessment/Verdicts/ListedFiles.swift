/// Which files a person is shown when a case holds more than they can read: every file up to
/// a limit; past it, the files that matter (evidence of an item, unreadable, with findings, of no
/// known kind) first, then the others, each in walk order, and the rest counted by kind.
/// The report's inventory and the terminal's table list the same files; summary.json lists all.
public struct ListedFiles: Sendable {
    /// The files shown, in walk order.
    public let files: [ReceivedFile]
    /// The files left out, by kind, most first (ties by kind name).
    public let omitted: [(kind: EvidenceKind, count: Int)]

    /// How many files were left out.
    public var omittedCount: Int { omitted.reduce(0) { $0 + $1.count } }

    /// The files of `assessment` to show, at most `limit`.
    public init(_ assessment: CaseAssessment, limit: Int) {
        let all = assessment.examination.files
        guard all.count > limit else {
            files = all
            omitted = []
            return
        }
        let unreadable = assessment.examination.unreadable
        let evidence = Set(assessment.items.flatMap(\.evidence))
        let matters = { (file: ReceivedFile) in
            evidence.contains(file.path) || !file.findings.isEmpty || unreadable.contains(file)
                || file.kind == .unknown
        }
        var listed = Array(all.indices.filter { matters(all[$0]) }.prefix(limit))
        listed += all.indices.lazy.filter { !matters(all[$0]) }.prefix(limit - listed.count)
        listed.sort()
        var left: [EvidenceKind: Int] = [:]
        var next = listed.startIndex
        for index in all.indices {
            if next < listed.endIndex, listed[next] == index {
                next += 1
            } else {
                left[all[index].kind, default: 0] += 1
            }
        }
        files = listed.map { all[$0] }
        omitted = left.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
            .map { (kind: $0.key, count: $0.value) }
    }
}
