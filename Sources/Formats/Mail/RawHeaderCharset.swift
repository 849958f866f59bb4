/// The charset raw header bytes are read in: bytes above 0x7F (or ISO-2022-JP escapes) written
/// without RFC 2047 encoding. The charset the message declares comes first — a Latin-1 mail's
/// `Frösche` is Latin-1 — then the first of ISO-2022-JP (7-bit with escapes), UTF-8, EUC-JP,
/// CP932 and Latin-1 the bytes are valid in; a reading that needs private-use characters (CP932's user-defined rows)
/// is no reading.
struct RawHeaderCharset: Equatable {
    /// The charset, lower-cased ("iso-8859-1").
    var name: String
    /// Whether the message declared it; false when it was detected.
    var declared: Bool

    /// The detection order for bytes no declared charset fits; Latin-1 takes any byte.
    /// ISO-2022-JP is 7-bit, so it fits only where UTF-8 would keep its escapes as text.
    static let detectionOrder = ["iso-2022-jp", "utf-8", "euc-jp", "cp932", "iso-8859-1"]

    /// Whether `bytes` need a charset at all: 8-bit bytes or an escape sequence.
    static func isRaw(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0x80 || $0 == 0x1B }
    }

    /// The charset for `bytes`: the first declared one they fit, else the first detected one.
    static func choose(for bytes: [UInt8], declared: [String]) -> RawHeaderCharset {
        for name in declared.map(MailCharset.normalized) where !name.isEmpty && fits(bytes, name) {
            return RawHeaderCharset(name: name, declared: true)
        }
        let detected = detectionOrder.first { fits(bytes, $0) } ?? "iso-8859-1"
        return RawHeaderCharset(name: detected, declared: false)
    }

    /// The text of `bytes` in this charset; bytes it does not fit are read as Latin-1.
    func decode(_ bytes: [UInt8]) -> String {
        let text =
            MailCharset.decodeStrictly(bytes, charset: name)
            ?? MailCharset.decodeStrictly(bytes, charset: "iso-8859-1")
            ?? String(decoding: bytes, as: UTF8.self)
        return Self.withoutPrivateUse(text)
    }

    /// `bytes` read in the first detected charset they fit.
    static func detect(_ bytes: [UInt8]) -> String {
        isRaw(bytes) ? choose(for: bytes, declared: []).decode(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `bytes` decode strictly in `charset` without a private-use character.
    private static func fits(_ bytes: [UInt8], _ charset: String) -> Bool {
        guard let text = MailCharset.decodeStrictly(bytes, charset: charset) else { return false }
        return !text.unicodeScalars.contains(where: isPrivateUse)
    }

    /// The text with private-use characters (which no reader can show) as U+FFFD.
    static func withoutPrivateUse(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isPrivateUse) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isPrivateUse(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    /// U+E000–U+F8FF and the supplementary private-use planes 15 and 16.
    static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value) || scalar.value >= 0xF_0000
    }

    /// What was done, for the mojibake diagnosis.
    var description: String {
        declared
            ? "read as \(name.uppercased()), the charset the message declares"
            : "read as \(name.uppercased()) by detection (no declared charset fits)"
    }
}
