import Foundation
import Yams

/// The words of observations, findings and rendered event messages, as data a support lead edits:
/// `Templates/phrases/observations.yaml` and `Templates/phrases/findings.yaml` hold, per code, a
/// severity and one sentence in Japanese and English with `{placeholders}`. Swift names codes and
/// values, never sentences.
public struct Phrasebook: Sendable {
    /// One code's sentence in both languages.
    public struct Phrase: Sendable, Equatable {
        public var severity: Finding.Severity
        public var text: LocalizedText
    }

    /// Sentences by observation code.
    public private(set) var phrases: [String: Phrase]
    /// Event message formats by `provider/eventID` (lower-cased provider), `{1}`… for the inserts.
    public private(set) var eventMessages: [String: String]
    /// Sentences of the checks' findings by `FindingCode.key` (`phrases/findings.yaml`).
    public internal(set) var findings: [String: FindingPhrase]
    /// Short words put into those sentences (`words:` of the same file), by key.
    public internal(set) var words: [String: LocalizedText]

    public init(
        phrases: [String: Phrase] = [:], eventMessages: [String: String] = [:], findings: [String: FindingPhrase] = [:],
        words: [String: LocalizedText] = [:]
    ) {
        self.phrases = phrases
        self.eventMessages = eventMessages
        self.findings = findings
        self.words = words
    }

    /// The file inside a templates folder.
    public static let fileName = "phrases/observations.yaml"

    /// The phrasebook of the templates folder found by `TemplateFolder.locate()` (read once), or an
    /// empty one (observations and findings then read as their code and values) when there is none.
    public static let standard: Phrasebook = {
        guard let folder = TemplateFolder.locate(), let book = try? load(folder: folder) else { return Phrasebook() }
        return book
    }()

    /// Reads both phrase files of a templates folder.
    public static func load(folder: URL) throws -> Phrasebook {
        var book = try load(contentsOf: folder.appendingPathComponent(fileName))
        try book.loadFindings(contentsOf: folder.appendingPathComponent(findingsFileName))
        return book
    }

    /// Reads a phrasebook; a broken file is reported with its reason.
    public static func load(contentsOf url: URL) throws -> Phrasebook {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ChecklistError(file: url.path, line: nil, reason: "cannot be read as UTF-8 text")
        }
        return try load(yaml: text, file: url.path)
    }

    /// A phrase file's top mapping and its mapping `section`, or the one-line error naming the file.
    static func mapping(_ section: String, yaml: String, file: String) throws -> ([String: Any], [String: Any]) {
        let root: Any?
        do {
            root = try Yams.load(yaml: yaml)
        } catch {
            throw ChecklistError(file: file, line: nil, reason: "not valid YAML: \(error)")
        }
        guard let top = root as? [String: Any], let entries = top[section] as? [String: Any] else {
            throw ChecklistError(file: file, line: nil, reason: "needs a mapping `\(section):`")
        }
        return (top, entries)
    }

    /// Reads a phrasebook from YAML text.
    public static func load(yaml: String, file: String = "phrases") throws -> Phrasebook {
        let (top, observations) = try mapping("observations", yaml: yaml, file: file)
        var book = Phrasebook()
        for (code, value) in observations {
            guard let entry = value as? [String: Any], let ja = entry["ja"] as? String, let en = entry["en"] as? String
            else { throw ChecklistError(file: file, line: nil, reason: "\(code) needs `ja:` and `en:`") }
            let severity = (entry["severity"] as? String).flatMap(Finding.Severity.init(rawValue:)) ?? .info
            book.phrases[code] = Phrase(severity: severity, text: LocalizedText(ja: ja, en: en))
        }
        for (key, value) in top["events"] as? [String: Any] ?? [:] {
            if let format = value as? String { book.eventMessages[key.lowercased()] = format }
        }
        return book
    }

    /// The sentence of `code` with `{name}` replaced by `values[name]`; a code without a phrase
    /// reads as the code and its values, so nothing is ever silently dropped.
    /// - Parameter localized: values that differ by language (a sentence from this phrasebook).
    public func text(_ code: String, _ values: [String: String], localized: [String: LocalizedText] = [:])
        -> LocalizedText
    {
        guard let phrase = phrases[code] else {
            let listed = values.keys.sorted().map { "\($0)=\(values[$0] ?? "")" }.joined(separator: ", ")
            return LocalizedText("\(code)" + (listed.isEmpty ? "" : " (\(listed))"))
        }
        return Self.fill(phrase.text, values, localized: localized)
    }

    /// Both sentences of `text` filled, `localized` giving each language its own value.
    static func fill(_ text: LocalizedText, _ values: [String: String], localized: [String: LocalizedText])
        -> LocalizedText
    {
        var japanese = values
        var english = values
        for (name, text) in localized {
            japanese[name] = text.ja
            english[name] = text.en
        }
        return LocalizedText(ja: fill(text.ja, japanese), en: fill(text.en, english))
    }

    /// The severity the phrasebook gives `code`, or `fallback`.
    public func severity(_ code: String, otherwise fallback: Finding.Severity) -> Finding.Severity {
        phrases[code]?.severity ?? fallback
    }

    /// An event's message from its format, `{1}`… replaced by the inserts; nil without a format.
    public func eventMessage(provider: String, eventID: Int, inserts: [String]) -> String? {
        guard let format = eventMessages["\(provider.lowercased())/\(eventID)"] else { return nil }
        var values: [String: String] = [:]
        for (index, insert) in inserts.enumerated() { values[String(index + 1)] = insert }
        return Self.fill(format, values)
    }

    /// Replaces `{name}` with its value in one pass; unknown names stay as written. Values are
    /// never rescanned, so a customer's `{…}` cannot pull in another value.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                out += rest[open...]
                return out
            }
            let name = String(rest[rest.index(after: open)..<close])
            if name.contains("{") {
                // A lone `{` is text; the placeholder after it is still filled.
                out += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
