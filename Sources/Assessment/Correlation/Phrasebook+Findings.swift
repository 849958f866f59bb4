import Foundation

/// One finding's sentence in both languages; the severity when the code does not choose it.
public struct FindingPhrase: Sendable, Equatable {
    public var severity: Finding.Severity?
    public var text: LocalizedText
}

extension Phrasebook {
    /// The findings' file inside a templates folder.
    public static let findingsFileName = "phrases/findings.yaml"

    /// Adds the findings and words of `phrases/findings.yaml`; a broken file is reported with its reason.
    mutating func loadFindings(contentsOf url: URL) throws {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ChecklistError(file: url.path, line: nil, reason: "cannot be read as UTF-8 text")
        }
        try loadFindings(yaml: text, file: url.path)
    }

    /// Adds the findings and words of a findings file's YAML text.
    mutating func loadFindings(yaml: String, file: String = "findings") throws {
        let (top, entries) = try Self.mapping("findings", yaml: yaml, file: file)
        for (key, value) in entries {
            guard let entry = value as? [String: Any], let ja = entry["ja"] as? String, let en = entry["en"] as? String
            else { throw ChecklistError(file: file, line: nil, reason: "\(key) needs `ja:` and `en:`") }
            var severity: Finding.Severity?
            if let name = entry["severity"] {
                guard let named = (name as? String).flatMap(Finding.Severity.init(rawValue:)) else {
                    throw ChecklistError(
                        file: file, line: nil, reason: "\(key): severity must be info, warning or problem")
                }
                severity = named
            }
            findings[key] = FindingPhrase(severity: severity, text: LocalizedText(ja: ja, en: en))
        }
        for (key, value) in top["words"] as? [String: Any] ?? [:] {
            guard let entry = value as? [String: Any], let ja = entry["ja"] as? String, let en = entry["en"] as? String
            else { throw ChecklistError(file: file, line: nil, reason: "words.\(key) needs `ja:` and `en:`") }
            words[key] = LocalizedText(ja: ja, en: en)
        }
    }

    /// The sentence of a finding, `{name}` filled; without an entry, the code and its values.
    func text(ofFinding code: FindingEntry, _ values: [String: String], localized: [String: LocalizedText] = [:])
        -> LocalizedText
    {
        guard let phrase = findings[code.key] else {
            var listed = values
            for (name, text) in localized { listed[name] = text.en }
            return Phrasebook().text(code.code, listed)
        }
        return Self.fill(phrase.text, values, localized: localized)
    }

    /// The severity the phrasebook gives a finding; a problem when it gives none, so a lost
    /// entry can never make an item look fine.
    func severity(ofFinding code: FindingEntry) -> Finding.Severity {
        findings[code.key]?.severity ?? .problem
    }

    /// The keys of `words:` the code puts into sentences, so a test holds the file to them.
    static let wordKeys = [
        "mail-server", "no-delivery-status", "and-more", "entries.one", "entries.many",
        "unreadable.encrypted-no-password", "unreadable.wrong-password", "unreadable.unsupported-encryption",
        "unreadable.damaged",
    ]

    /// A short word of `words:` with `{name}` filled; its key when the file has none.
    func word(_ key: String, _ values: [String: String] = [:]) -> LocalizedText {
        guard let word = words[key] else { return LocalizedText(key) }
        return Self.fill(word, values, localized: [:])
    }
}
