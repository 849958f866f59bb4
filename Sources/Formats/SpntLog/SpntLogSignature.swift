import Foundation

/// Recognises a ServerProtect debug log by its name or its first lines.
public enum SpntLogSignature {
    /// `SPNT.log`, `spnt*.log` or `SpntLog*` text (case-insensitive) by name; otherwise text
    /// whose head names the product: `SpntSvc`, `ServerProtect`, `SPROTECT`, or `SPNT` as a
    /// word not joined to a host name (NOTES-ServerProtect-SPNT.md §5). The `SpntLog.dbf`
    /// database is not a text log: see `isLogDatabase(name:)`.
    public static func looksLikeSpntLog(name: String, head: [UInt8]) -> Bool {
        let base = (name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name).lowercased()
        if isLogDatabase(name: base) { return false }
        if base.hasPrefix("spnt") && (base.hasSuffix(".log") || base.hasPrefix("spntlog")) { return true }
        let detection = TextDecoding.detect(head: head)
        guard !detection.looksBinary else { return false }
        let text = TextDecoding.decodeHead(head)
        let lowered = text.lowercased()
        if ["spntsvc", "serverprotect", "sprotect"].contains(where: lowered.contains) { return true }
        return containsWord("SPNT", in: text)
    }

    /// `SpntLog.dbf` and its rotated copies `Spnt<YYYYMMDDhhmmss>_S.dbf` / `_D.dbf`: the
    /// product's event database (KB KA-0002802), a dBASE file, not the debug log.
    public static func isLogDatabase(name: String) -> Bool {
        let base = name.lowercased()
        return base.hasPrefix("spnt") && base.hasSuffix(".dbf")
    }

    private static func containsWord(_ word: String, in text: String) -> Bool {
        guard text.contains(word) else { return false }
        var rest = Substring(text)
        while let range = rest.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            // "SPNT-SV01" is a host name, not the product: hyphens, dots and digits join words here.
            let joins: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || "-_.".contains($0) } ?? false }
            if !joins(before), !joins(after) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }
}
