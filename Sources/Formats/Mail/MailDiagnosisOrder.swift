/// Orders and de-duplicates diagnoses: the most specific cause first, one entry per code and
/// place, at most `limit`.
enum MailDiagnosisOrder {
    static let limit = 32

    private static let rank: [MailDiagnosis.Code: Int] = [
        .cp932InISO2022JP: 0, .charsetMismatch: 1, .raw8BitHeader: 2, .noCharset: 3, .unknown8Bit: 4,
    ]

    static func ordered(_ hints: [MailDiagnosis]) -> [MailDiagnosis] {
        var seen = Set<MailDiagnosis>()
        let unique = hints.filter { seen.insert($0).inserted }
        let sorted = unique.enumerated().sorted { left, right in
            let leftRank = rank[left.element.code] ?? 9, rightRank = rank[right.element.code] ?? 9
            return leftRank != rightRank ? leftRank < rightRank : left.offset < right.offset
        }
        return Array(sorted.map(\.element).prefix(limit))
    }
}
