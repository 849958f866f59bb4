/// Finds the causes of mojibake (FORMATS.md §6) in header fields and in the decoded sample of
/// a text part.
enum MailDiagnostician {
    /// Charsets whose names mean "we do not know" (RFC 1428 `unknown-8bit`).
    static let unknownCharsets: Set<String> = ["unknown-8bit", "x-unknown", "unknown", "8bit"]

    /// The Japanese encoding the bytes are valid in, trying UTF-8, EUC-JP, then CP932; nil for
    /// pure ASCII or bytes valid in none.
    static func guessEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return ["utf-8", "euc-jp", "shift_jis"].first { MailCharset.decodeStrictly(bytes, charset: $0) != nil }
    }

    /// Raw 8-bit header fields, and how their bytes were read.
    static func rawHeaderHint(_ block: MailHeaderBlock, where place: String, charset: RawHeaderCharset?)
        -> MailDiagnosis?
    {
        let raw = block.eightBitFieldNames
        guard !raw.isEmpty else { return nil }
        let reading = charset.map { "; " + $0.description } ?? ""
        return MailDiagnosis(
            code: .raw8BitHeader,
            detail: "\(place): 8-bit bytes without RFC 2047 encoding in "
                + raw.prefix(8).joined(separator: ", ") + reading)
    }

    /// Encoded words whose bytes don't fit their charset.
    static func encodedWordHints(_ block: MailHeaderBlock, where place: String) -> [MailDiagnosis] {
        var hints: [MailDiagnosis] = []
        for (name, value) in block.fields where value.contains(UInt8(ascii: "=")) {
            for word in EncodedWords.decode(value).words {
                hints.append(
                    contentsOf: textHints(
                        word.bytes, declared: word.charset,
                        where: "\(place): encoded word in \(name)", part: nil))
            }
        }
        return hints
    }

    /// The hints for decoded text bytes declared as `declared` (nil: no charset parameter).
    static func textHints(_ bytes: [UInt8], declared: String?, where place: String, part: Int?) -> [MailDiagnosis] {
        let eightBit = bytes.contains(where: { $0 >= 0x80 })
        guard let declared, !declared.isEmpty else {
            guard eightBit else { return [] }
            let guess = guessEncoding(bytes).map { " (the bytes are valid \($0.uppercased()))" } ?? ""
            return [MailDiagnosis(code: .noCharset, detail: "\(place): 8-bit bytes but no charset\(guess)", part: part)]
        }
        if unknownCharsets.contains(declared) {
            guard eightBit else { return [] }
            return [MailDiagnosis(code: .unknown8Bit, detail: "\(place): charset \(declared)", part: part)]
        }
        var hints: [MailDiagnosis] = []
        let isJIS =
            MailCharset.iconvName(declared) == "ISO-2022-JP" || declared.hasPrefix("iso-2022-jp")
            || declared == "csiso2022jp"
        if isJIS && ISO2022JPText.usesCP932Rows(bytes) {
            hints.append(
                MailDiagnosis(
                    code: .cp932InISO2022JP,
                    detail: "\(place): ISO-2022-JP with CP932-only characters (rows 13, 89-92)",
                    part: part))
        }
        if MailCharset.decodeStrictly(bytes, charset: declared) == nil {
            if let guess = guessEncoding(bytes), guess != MailCharset.normalized(declared) {
                hints.append(
                    MailDiagnosis(
                        code: .charsetMismatch,
                        detail: "\(place): declared \(declared) but the bytes are valid "
                            + guess.uppercased(), part: part))
            } else if isJIS && hasRows115To119(bytes) {
                hints.append(
                    MailDiagnosis(
                        code: .cp932InISO2022JP,
                        detail: "\(place): ISO-2022-JP with IBM extension rows 115-119", part: part))
            } else {
                hints.append(
                    MailDiagnosis(
                        code: .unknown8Bit,
                        detail: "\(place): bytes valid neither in declared \(declared) "
                            + "nor in UTF-8, EUC-JP or Shift_JIS", part: part))
            }
        }
        return hints
    }

    /// IBM extension rows 115-119 written into JIS bytes 0x93-0x97 by some CP5022x encoders.
    private static func hasRows115To119(_ bytes: [UInt8]) -> Bool {
        bytes.contains(where: { (0x93...0x97).contains($0) }) && bytes.contains(0x1B)
    }
}
