/// What file and folder names say, in the words Japanese and English Windows and customers use.
/// Names only decide when content cannot (encrypted entries, plain text); a renamed file is
/// recognised by content.
public enum NameHints {
    /// A kind suggested by the file name and the folders above it, if any.
    public static func kind(fileName: String, folders: [String]) -> EvidenceKind? {
        let name = fileName.lowercased()
        let parts = name.split(separator: ".")
        let ext = parts.count > 1 ? String(parts[parts.count - 1]) : ""
        switch ext {
        case "evtx": return .evtx
        case "evt": return .evt
        case "pcap", "dmp": return name.hasSuffix(".pcap") ? .pcap : nil
        case "pcapng": return .pcapng
        case "etl": return .etl
        case "cap": return .netmonCap
        case "nfo": return .msinfoNfo
        case "png", "jpg", "jpeg", "bmp", "gif": return .image
        case "eml": return .mailEml
        case "msg": return .mailMsg
        default: break
        }
        if name.contains("spnt") && (ext == "log" || ext == "txt") { return .spntLog }
        if name.contains("msinfo") || name.contains("システム情報") { return .msinfoText }
        if name.contains("telnet") || name.contains("疎通") { return .telnetTranscript }
        if name.contains("maillog") || name.hasPrefix("mail.log") || name.contains("msgtrk") { return .mailServerLog }
        if name.contains("hearing") || name.contains("ヒアリング") { return .hearingSheet }
        let eventWords = ["イベントログ", "eventlog", "event log", "application", "system", "アプリケーション", "システム"]
        if ["txt", "csv", "xml"].contains(ext),
            eventWords.contains(where: { name.contains($0) })
                || folders.contains(where: { folder in
                    eventWords.prefix(3).contains { folder.lowercased().contains($0) }
                })
        {
            return .eventLogExport
        }
        return nil
    }

    /// What a picture's name and folders suggest it shows.
    public enum PictureSubject: Sendable, Equatable {
        /// The Internet mail alert settings dialog (item 4).
        case mailSettings
        /// The Update screen with the product versions (item 2).
        case versions
        /// The msinfo32 window (item 3 wants the export, not a picture).
        case systemInformation
    }

    /// The subject of a picture from its file and folder names, in Japanese or English.
    public static func pictureSubject(fileName: String, folders: [String]) -> PictureSubject? {
        let words = ([fileName] + folders).map { $0.lowercased() }
        func mentions(_ hints: [String]) -> Bool { words.contains { word in hints.contains { word.contains($0) } } }
        if mentions(["msinfo", "システム情報", "systeminfo"]) { return .systemInformation }
        if mentions(["バージョン", "アップデート", "version", "update", "パターン", "pattern"]) { return .versions }
        if mentions(["インターネットメール", "通知", "メール", "mail", "alert", "notification", "smtp"]) { return .mailSettings }
        return nil
    }

    /// Which Windows log a file name suggests, for logs whose content has no channel (.evt).
    public static func eventLogChannel(fileName: String) -> String? {
        let name = fileName.lowercased()
        if name.contains("appevent") || name.contains("application") || name.contains("アプリケーション") {
            return "Application"
        }
        if name.contains("sysevent") || name.contains("system") || name.contains("システム") { return "System" }
        if name.contains("secevent") || name.contains("security") || name.contains("セキュリティ") { return "Security" }
        return nil
    }
}
