import Foundation

/// Recognises what Event Viewer writes with "Save All Events As…" in text form: tab-
/// separated `.txt`, `.csv`, or `.xml`, in English or Japanese.
///
/// The column header names (`Level, Date and Time, Source, Event ID, Task Category` /
/// `レベル, 日付と時刻, ソース, イベント ID, タスクのカテゴリ`) are what Event Viewer shows;
/// the file encoding it uses for .txt/.csv is UNVERIFIED, so any encoding is accepted.
public enum EventLogExportSignature {
    /// The three text forms of a saved event log.
    public enum Format: String, Sendable, Codable {
        /// Tab-separated text.
        case text
        /// Comma-separated values.
        case csv
        /// `<Events><Event xmlns=…>` XML.
        case xml
    }

    /// Header names, spaces removed and lower-cased, that an export's first line carries.
    static let levelNames: Set<String> = ["level", "レベル"]
    static let dateNames: Set<String> = ["dateandtime", "日付と時刻"]
    static let sourceNames: Set<String> = ["source", "ソース"]
    static let eventIDNames: Set<String> = ["eventid", "イベントid"]

    /// The export format of a file from its first bytes, in any encoding.
    public static func format(head: [UInt8]) -> Format? {
        format(decodedHead: TextDecoding.decodeHead(head))
    }

    /// The export format from decoded first lines.
    public static func format(decodedHead text: String) -> Format? {
        let start = TextLines.head(text, characters: 4096)
        if start.contains("<Events"), start.contains("schemas.microsoft.com/win/2004/08/events/event") { return .xml }
        guard let firstLine = TextLines.split(start, limit: 1).first else { return nil }
        // Without a tab or a comma the line is one name, and a header needs four.
        guard firstLine.contains("\t") || firstLine.contains(",") else { return nil }
        for (separator, format) in [("\t", Format.text), (",", Format.csv)] {
            let names = Set(firstLine.components(separatedBy: separator).map(normalised))
            if !names.isDisjoint(with: levelNames), !names.isDisjoint(with: dateNames),
                !names.isDisjoint(with: sourceNames), !names.isDisjoint(with: eventIDNames)
            {
                return format
            }
        }
        return nil
    }

    private static func normalised(_ name: String) -> String {
        let unquoted = name.trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{FEFF}"))
        return String(unquoted.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)).lowercased()
    }
}
