/// What a System Information (msinfo32) export says about the machine, read from its
/// System Summary, and whether the export looks whole.
///
/// JSON names are part of the `summary.json` contract (`facts` of `msinfo-text` and
/// `msinfo-nfo`).
public struct MsInfoSummary: Sendable, Codable, Equatable {
    /// `OS Name`, e.g. "Microsoft Windows Server 2019 Standard".
    public var osName: String?
    /// The leading dotted version of `Version`, e.g. "10.0.17763".
    public var osVersion: String?
    /// The build number of `Version` (`Build 17763`, `ビルド 17763`), e.g. "17763".
    public var osBuild: String?
    /// `System Name` (the computer name).
    public var systemName: String?
    /// `Time Zone` as Windows names it in the export's language, e.g. "東京 (標準時)".
    public var timeZone: String?
    /// `Locale`, e.g. "日本" or "United States".
    public var locale: String?
    /// `System Manufacturer`.
    public var systemManufacturer: String?
    /// `System Model`.
    public var systemModel: String?
    /// When the report was written, as written (text: first line; nfo: `CreationUTC`).
    public var reportTime: String?
    /// The export's language by its keys: "en", "ja" or "other".
    public var language: String
    /// How many sections (`[Name]` headers or `<Category>` elements) the export holds.
    public var sections: Int
    /// Whether the export holds the big sections beyond the summary (Hardware Resources,
    /// Components, Software Environment) rather than being a fragment.
    public var complete: Bool
    /// "text" or "nfo".
    public var format: String
    /// Lines of the text export (0 for nfo).
    public var lines: Int
    /// The text encoding the export was written in.
    public var encoding: TextEncoding?
    /// The network adapters' IP addresses (`IP Address` / `IP アドレス` rows of the Adapter
    /// section), in order of first appearance, at most `maxAddresses`.
    public var ipAddresses: [String] = []

    /// The most adapter addresses kept.
    public static let maxAddresses = 32

    /// Creates an empty summary of the given format.
    public init(format: String) {
        self.format = format
        language = "other"
        sections = 0
        complete = false
        lines = 0
    }
}
