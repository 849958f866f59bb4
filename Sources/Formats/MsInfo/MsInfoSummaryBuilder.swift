import Foundation

/// Collects System Summary rows from either export format into an `MsInfoSummary`.
struct MsInfoSummaryBuilder {
    var summary: MsInfoSummary
    private var englishKeys = 0
    private var japaneseKeys = 0
    private var bigSectionsSeen = 0
    private var unknownRows: [Int: String] = [:]

    init(format: String) {
        summary = MsInfoSummary(format: format)
    }

    /// Records one section or category header.
    mutating func section(named name: String) {
        summary.sections &+= 1
        let key = MsInfoVocabulary.normalised(name)
        if MsInfoVocabulary.bigSections.contains(key) { bigSectionsSeen &+= 1 }
        if let language = MsInfoVocabulary.summaryNames[key] {
            if language == "en" { englishKeys &+= 1 } else { japaneseKeys &+= 1 }
        }
    }

    /// Records the summary's row number `position` (0 = first row after the column names).
    mutating func row(key: String, value: String, position: Int) {
        let normalised = MsInfoVocabulary.normalised(key)
        let value = value.trimmingSpaces()
        if let field = MsInfoVocabulary.english[normalised] {
            englishKeys &+= 1
            set(field, value)
        } else if let field = MsInfoVocabulary.japanese[normalised] {
            japaneseKeys &+= 1
            set(field, value)
        } else if position < 16 {
            unknownRows[position] = value
        }
    }

    /// Records a row outside the summary; only the adapters' `IP Address` rows are kept.
    mutating func detailRow(key: String, value: String) {
        guard MsInfoVocabulary.ipAddressKeys.contains(MsInfoVocabulary.normalised(key)) else { return }
        for part in value.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == " " }) {
            let address = String(part)
            guard summary.ipAddresses.count < MsInfoSummary.maxAddresses, Self.looksLikeAddress(address),
                !summary.ipAddresses.contains(address)
            else { continue }
            summary.ipAddresses.append(address)
        }
    }

    /// Dotted IPv4 or colon-separated hexadecimal IPv6; "Not Available" and localised words are not.
    static func looksLikeAddress(_ text: String) -> Bool {
        if text.contains(":") {
            return text.count <= 45 && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." || $0 == "%" }
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in UInt8(part) != nil }
    }

    private mutating func set(_ field: MsInfoVocabulary.Field, _ value: String) {
        guard !value.isEmpty else { return }
        switch field {
        case .osName: if summary.osName == nil { summary.osName = value }
        case .version:
            if summary.osVersion == nil { (summary.osVersion, summary.osBuild) = Self.parseVersion(value) }
        case .systemName: summary.systemName = summary.systemName ?? value
        case .manufacturer: summary.systemManufacturer = summary.systemManufacturer ?? value
        case .model: summary.systemModel = summary.systemModel ?? value
        case .timeZone: summary.timeZone = summary.timeZone ?? value
        case .locale: summary.locale = summary.locale ?? value
        }
    }

    /// "10.0.17763 Build 17763" / "10.0.19044 ビルド 19044" / "10.0.18362 版本 18362":
    /// the leading dotted number, and the last number after it as the build.
    static func parseVersion(_ text: String) -> (version: String?, build: String?) {
        let runs = text.split(whereSeparator: { !($0.isASCII && ($0.isNumber || $0 == ".")) })
        guard let first = runs.first, first.contains("."), first.first?.isNumber == true else { return (nil, nil) }
        let version = String(first.trimmingCharacters(in: ["."]))
        if runs.count > 1, let last = runs.last, last.allSatisfy(\.isNumber) { return (version, String(last)) }
        let parts = version.split(separator: ".")
        return (version, parts.count >= 3 ? String(parts[2]) : nil)
    }

    mutating func finish() -> MsInfoSummary {
        if englishKeys == 0 && japaneseKeys == 0 {
            summary.language = "other"
            // Unknown language: the rows keep their order across languages.
            for (position, field) in MsInfoVocabulary.positions.sorted(by: { $0.key < $1.key }) {
                if let value = unknownRows[position] { set(field, value) }
            }
            if summary.osName.map({ !$0.contains("Windows") }) ?? true {
                let ordered = unknownRows.sorted(by: { $0.key < $1.key })
                summary.osName = ordered.first { $0.value.contains("Windows") }?.value
            }
            if summary.osVersion == nil {
                for (_, value) in unknownRows.sorted(by: { $0.key < $1.key }) {
                    let parsed = Self.parseVersion(value)
                    if parsed.version != nil { (summary.osVersion, summary.osBuild) = parsed; break }
                }
            }
        } else {
            summary.language = japaneseKeys > englishKeys ? "ja" : "en"
        }
        summary.complete = bigSectionsSeen >= 2 || summary.sections >= MsInfoVocabulary.sectionsOfWholeExport
        return summary
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
