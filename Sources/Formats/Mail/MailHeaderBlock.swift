/// One header section (RFC 5322 §2.2) collected line by line within a byte bound, then read
/// as unfolded fields.
struct MailHeaderBlock {
    /// The most header bytes kept; the rest of a giant header is counted as cut.
    static let maxBytes = 256 * 1024

    private(set) var fields: [(name: String, value: [UInt8])] = []
    private(set) var truncated = false
    private(set) var bytesKept = 0

    /// Adds one header line (without its line break).
    mutating func add(line: ArraySlice<UInt8>) {
        guard bytesKept &+ line.count <= Self.maxBytes else {
            truncated = true
            return
        }
        bytesKept &+= line.count
        if let first = line.first, first == 0x20 || first == 0x09 {
            // Folded continuation (§2.2.3): unfolding removes the line break only.
            if !fields.isEmpty { fields[fields.count &- 1].value.append(contentsOf: line) }
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            .trimmingASCIISpaces().lowercased()
        var value = Array(line[(colon &+ 1)...])
        while let first = value.first, first == 0x20 || first == 0x09 { value.removeFirst() }
        fields.append((name, value))
    }

    /// Names of fields whose value holds bytes above 0x7F (raw 8-bit headers).
    var eightBitFieldNames: [String] {
        fields.filter { $0.value.contains(where: { $0 >= 0x80 }) }.map(\.name)
    }

    /// The charset for the raw bytes of this header section (8-bit or ISO-2022-JP escapes
    /// outside encoded words), chosen for all of them together; nil when there are none.
    func rawCharset(declared: [String]) -> RawHeaderCharset? {
        var raw: [UInt8] = []
        for field in fields where RawHeaderCharset.isRaw(field.value) {
            raw.append(contentsOf: field.value)
            raw.append(0x0A)
        }
        return raw.isEmpty ? nil : RawHeaderCharset.choose(for: raw, declared: declared)
    }

    /// The first value of a field, as bytes.
    func value(_ name: String) -> [UInt8]? {
        fields.first(where: { $0.name == name })?.value
    }

    /// The first value of a field as text (raw bytes in `raw`, else in the charset detected for
    /// them), trailing space trimmed.
    func text(_ name: String, raw: RawHeaderCharset? = nil) -> String? {
        value(name).map { bytes in
            (raw.map { $0.decode(bytes) } ?? RawHeaderCharset.detect(bytes)).trimmingASCIISpaces()
        }
    }

    /// The value with RFC 2047 words decoded, raw bytes in `raw`.
    func decoded(_ name: String, raw: RawHeaderCharset? = nil) -> (text: String, words: [EncodedWords.Word])? {
        value(name).map { bytes in
            let result = EncodedWords.decode(bytes, raw: raw)
            return (result.text, result.words)
        }
    }

    /// A structured field `type/subtype; key=value; …` (RFC 2045 §5.1): the lower-cased value
    /// and its parameters (keys lower-cased, quotes removed).
    func parameterized(_ name: String) -> (value: String, parameters: [String: String])? {
        guard let text = text(name) else { return nil }
        var parameters: [String: String] = [:]
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        let value = (pieces.first ?? "").trimmingASCIISpaces().lowercased()
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var key = piece[..<equals].trimmingASCIISpaces().lowercased()
            if key.hasSuffix("*") { key.removeLast() }  // RFC 2231 extended value: keep it raw
            var parameter = piece[piece.index(after: equals)...].trimmingASCIISpaces()
            if parameter.hasPrefix("\""), parameter.hasSuffix("\""), parameter.count >= 2 {
                parameter = String(parameter.dropFirst().dropLast())
            }
            if parameters[key] == nil { parameters[key] = parameter }
        }
        return (value, parameters)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, CR and LF.
    func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
