/// The localised names of the msinfo32 System Summary rows and sections that this tool reads.
///
/// English names are from real exports (FORMATS.md §3, samples). Japanese names are from
/// pasted Japanese rows (`OS 名`, `バージョン`, `システムモデル`, `システムの要約`); the others
/// are the usual Japanese Windows wording and UNVERIFIED, so keys are compared with spaces
/// removed to absorb `システム モデル` / `システムモデル`.
enum MsInfoVocabulary {
    enum Field {
        case osName, version, systemName, manufacturer, model, timeZone, locale
    }

    static func normalised(_ key: String) -> String {
        String(key.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)).lowercased()
    }

    static let english: [String: Field] = [
        "osname": .osName, "version": .version, "systemname": .systemName,
        "systemmanufacturer": .manufacturer, "systemmodel": .model, "timezone": .timeZone, "locale": .locale,
    ]

    static let japanese: [String: Field] = [
        "os名": .osName, "バージョン": .version, "システム名": .systemName,
        "システム製造元": .manufacturer, "システムの製造元": .manufacturer, "システムモデル": .model,
        "タイムゾーン": .timeZone, "ロケール": .locale,
    ]

    /// Summary row positions shared by every export seen (en, zh-CN, nfo of Windows 8.1 to 10):
    /// used only when the keys are in an unknown language.
    static let positions: [Int: Field] = [0: .osName, 1: .version, 4: .systemName, 5: .manufacturer, 6: .model]

    /// Names of the big sections that only a whole export has.
    static let bigSections: Set<String> = [
        "hardwareresources", "components", "softwareenvironment",
        "ハードウェアリソース", "コンポーネント", "ソフトウェア環境",
    ]

    /// Summary section names, used to tell the language of a section header.
    static let summaryNames: [String: String] = ["systemsummary": "en", "システムの要約": "ja"]

    /// The Adapter section's address row: English, Japanese and Simplified Chinese exports.
    static let ipAddressKeys: Set<String> = ["ipaddress", "ipアドレス", "ip地址"]

    /// A whole export has dozens of sections (47 in every sample); a fragment has one or two.
    static let sectionsOfWholeExport = 20
}
