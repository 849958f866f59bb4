/// One reason a Japanese notification mail may be shown as mojibake (FORMATS.md §6 "Causes of
/// mojibake in Japanese notification mail"), with a neutral English detail.
public struct MailDiagnosis: Sendable, Codable, Equatable, Hashable {
    /// The kind of problem.
    public enum Code: String, Sendable, Codable, CaseIterable {
        /// 8-bit bytes with no charset declared: clients must guess (RFC 2045 §5.2 default US-ASCII).
        case noCharset = "no-charset"
        /// 8-bit bytes in header fields without RFC 2047 encoding.
        case raw8BitHeader = "raw-8bit-header"
        /// A charset is declared but the bytes are another one (e.g. ISO-2022-JP declared, UTF-8 sent).
        case charsetMismatch = "charset-mismatch"
        /// ISO-2022-JP carrying CP932-only characters (①, ㈱, NEC/IBM extensions).
        case cp932InISO2022JP = "cp932-in-iso-2022-jp"
        /// 8-bit bytes that fit neither the declared charset nor a Japanese one, or an
        /// `unknown-8bit` charset.
        case unknown8Bit = "unknown-8bit"
    }

    /// The kind of problem.
    public var code: Code
    /// What was seen, in English (the report translates by code).
    public var detail: String
    /// The index into `MailMessageSummary.parts`, or nil for the message headers.
    public var part: Int?

    /// Creates a diagnosis.
    public init(code: Code, detail: String, part: Int? = nil) {
        self.code = code
        self.detail = detail
        self.part = part
    }
}
