/// Tells a System Information export from its first bytes: the text export or the `.nfo`.
public enum MsInfoSignature {
    /// Which export a head belongs to.
    public enum Kind: String, Sendable, Codable {
        /// The text export (`msinfo-text`).
        case text
        /// The XML `.nfo` (`msinfo-nfo`).
        case nfo
    }

    /// Recognises an export from its first bytes (a few KiB are plenty), in any encoding.
    public static func kind(head: [UInt8]) -> Kind? {
        kind(decodedHead: TextDecoding.decodeHead(head))
    }

    /// Recognises an export from its decoded first lines.
    public static func kind(decodedHead text: String) -> Kind? {
        if text.contains("<MsInfo>"), TextLines.head(text, characters: 2048).contains("<MsInfo>") { return .nfo }
        return looksLikeTextExport(text) ? .text : nil
    }

    /// The text export's shape: a first line `<report written at>: <date>`, then within a
    /// few lines a `[section]` header followed by tab-separated rows ending in a tab
    /// [FORMATS §3]. The wording is localised, so the shape, not the words, decides;
    /// the English and Japanese summary names are accepted on their own too.
    static func looksLikeTextExport(_ text: String) -> Bool {
        // Both ways need a `[section]` line: text without "[" is no export.
        guard text.utf8.contains(0x5B) else { return false }
        let lines = TextLines.split(text, limit: 12).map(String.init)
        guard let first = lines.first else { return false }
        if lines.contains(where: { $0.hasPrefix("[System Summary]") || $0.hasPrefix("[システムの要約]") }) {
            return true
        }
        guard let value = MsInfoTextReader.valueAfterColon(first), value.first?.isNumber == true,
            value.contains("/") || value.contains("-") || value.contains(".")
        else { return false }
        guard let section = lines.firstIndex(where: { MsInfoTextReader.sectionName($0) != nil }) else { return false }
        return lines[(section &+ 1)...].contains { $0.hasSuffix("\t") && $0.contains("\t") }
    }
}
