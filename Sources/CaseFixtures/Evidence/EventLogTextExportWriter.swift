import Formats
import Foundation

/// Writes what Event Viewer saves with "Save All Events As…" in its text forms: tab-separated
/// `.txt`, `.csv` and `.xml`, in English or Japanese.
///
/// Column names are those Event Viewer shows; the byte encoding of its .txt/.csv is
/// UNVERIFIED (UTF-16LE with mark by default, UTF-8 on request); the XML root is `<Events>`
/// with one `<Event xmlns=…>` per record as `wevtutil qe /f:xml` renders them.
public enum EventLogTextExportWriter {
    /// One event row.
    public struct Event: Sendable {
        /// "Information", "Warning", "Error" (or 情報, 警告, エラー).
        public var level: String
        /// When, as an instant; written in Tokyo wall-clock time like Event Viewer on that server.
        public var time: Date
        /// Event source (provider).
        public var source: String
        /// Event ID.
        public var eventID: Int
        /// Task category ("None" / "なし").
        public var category: String
        /// Rendered message, one line.
        public var message: String
    }

    /// The column names, English or Japanese.
    public static func header(japanese: Bool) -> [String] {
        japanese
            ? ["レベル", "日付と時刻", "ソース", "イベント ID", "タスクのカテゴリ"]
            : ["Level", "Date and Time", "Source", "Event ID", "Task Category"]
    }

    /// Application-log events around the incident: ServerProtect found a virus, the mail failed.
    public static func incidentEvents(japanese: Bool) -> [Event] {
        let information = japanese ? "情報" : "Information", error = japanese ? "エラー" : "Error"
        let none = japanese ? "なし" : "None"
        return [
            Event(
                level: information, time: FixtureClock.incident.addingTimeInterval(-2), source: "ServerProtect",
                eventID: 1000, category: none, message: "Virus found: Eicar_test_file"),
            Event(
                level: error, time: FixtureClock.incident.addingTimeInterval(21), source: "ServerProtect",
                eventID: 2000, category: none, message: "Notification mail could not be sent (SMTP connect failed)"),
        ]
    }

    /// The tab-separated text export.
    public static func text(japanese: Bool, encoding: TextEncoding = .utf16LE) -> [UInt8] {
        let rows = [header(japanese: japanese)] + incidentEvents(japanese: japanese).map { row($0, japanese) }
        let text = rows.map { $0.joined(separator: "\t") }.joined(separator: "\r\n") + "\r\n"
        return EvidenceTextEncoder.encode(text, as: encoding, byteOrderMark: encoding != .utf8)
    }

    /// The comma-separated export; fields with commas or quotes are quoted.
    public static func csv(japanese: Bool, encoding: TextEncoding = .utf16LE) -> [UInt8] {
        let rows = [header(japanese: japanese)] + incidentEvents(japanese: japanese).map { row($0, japanese) }
        let text = rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return EvidenceTextEncoder.encode(text, as: encoding, byteOrderMark: encoding != .utf8)
    }

    /// The XML export, UTF-16LE with mark as its declaration says.
    public static func xml(japanese: Bool) -> [UInt8] {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Events>"
        for (index, event) in incidentEvents(japanese: japanese).enumerated() {
            xml += "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
            xml += "<Provider Name='\(event.source)'/><EventID Qualifiers='0'>\(event.eventID)</EventID>"
            xml += "<Level>\(event.level == "Error" || event.level == "エラー" ? 2 : 4)</Level>"
            xml += "<TimeCreated SystemTime='\(formatter.string(from: event.time))'/>"
            xml += "<EventRecordID>\(1000 + index)</EventRecordID><Channel>Application</Channel>"
            xml += "<Computer>SPNT-SV01</Computer></System><EventData><Data>\(event.message)</Data></EventData>"
            xml += "<RenderingInfo Culture='\(japanese ? "ja-JP" : "en-US")'><Message>\(event.message)</Message>"
            xml += "<Level>\(event.level)</Level></RenderingInfo></Event>\r\n"
        }
        xml += "</Events>\r\n"
        return EvidenceTextEncoder.encode(xml, as: .utf16LE, byteOrderMark: true)
    }

    private static func row(_ event: Event, _ japanese: Bool) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Tokyo")
        formatter.dateFormat = japanese ? "yyyy/MM/dd H:mm:ss" : "M/d/yyyy h:mm:ss a"
        return [
            event.level, formatter.string(from: event.time), event.source, String(event.eventID), event.category,
            event.message,
        ]
    }

    private static func csvField(_ field: String) -> String {
        guard field.contains(",") || field.contains("\"") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
