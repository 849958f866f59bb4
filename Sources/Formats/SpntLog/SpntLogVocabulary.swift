/// Words that make a ServerProtect log line worth reading for a notification-mail case,
/// and the names of the product itself (NOTES-ServerProtect-SPNT.md §5: service `SpntSvc`,
/// install folder `SPROTECT`).
enum SpntLogVocabulary {
    /// Lower-cased needle → keyword reported.
    static let notable: [(needle: String, keyword: String, asciiNeedle: Bool)] = [
        ("smtp", "smtp"), ("mail", "mail"), ("notif", "notification"), ("alert", "alert"),
        ("connect", "connect"), ("send", "send"), ("sent", "send"), ("error", "error"), ("fail", "fail"),
        ("メール", "mail"), ("通知", "notification"), ("接続", "connect"), ("送信", "send"),
        ("エラー", "error"), ("失敗", "fail"),
    ].map { ($0.0, $0.1, $0.0.utf8.allSatisfy { $0 < 0x80 }) }

    static let product = ["spntsvc", "serverprotect", "sprotect", "spnt"]

    /// The distinct keywords of a lower-cased line, in table order.
    static func keywords(in lowered: String) -> [String] {
        // A Japanese word cannot occur in an ASCII line; looking for one goes through Foundation
        // (see TextSearch) and cost most of the reading time of an English log.
        let asciiOnly = lowered.utf8.allSatisfy { $0 < 0x80 }
        var found: [String] = []
        for entry in notable where !found.contains(entry.keyword) {
            if asciiOnly, !entry.asciiNeedle { continue }
            if lowered.contains(entry.needle) { found.append(entry.keyword) }
        }
        return found
    }

    /// The digits after `build` in a lower-cased line (`build 1234`, `build:1234`, `build1234`).
    static func build(in lowered: String) -> String? {
        guard let range = lowered.range(of: "build") else { return nil }
        let rest = lowered[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "=" || $0 == "#" }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty || digits.count > 9 ? nil : String(digits)
    }

    static func mentionsProduct(_ lowered: String) -> Bool {
        product.contains { lowered.contains($0) }
    }
}
