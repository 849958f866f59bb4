import Formats

/// What a stored mail says about garbled characters (item 5), in the engineer's words.
enum MailFindings {
    static func findings(for summary: MailMessageSummary) -> [Finding] {
        summary.hints.map { hint in
            let (ja, en): (String, String)
            switch hint.code.rawValue {
            case "no-charset":
                (ja, en) = (
                    "文字コード（charset）の指定がないまま 8 ビットの文字が含まれています。", "8-bit text is sent without a declared charset."
                )
            case "raw-8bit-header":
                (ja, en) = (
                    "ヘッダに RFC 2047 でエンコードされていない 8 ビットの文字があります。", "A header carries 8-bit text not encoded per RFC 2047."
                )
            case "charset-mismatch":
                (ja, en) = ("宣言された文字コードと実際の文字コードが異なります。", "The declared charset differs from the bytes.")
            case "cp932-in-iso-2022-jp":
                (ja, en) = (
                    "ISO-2022-JP に CP932 にしかない文字（①、㈱ など）が含まれています。",
                    "ISO-2022-JP text holds CP932-only characters (①, ㈱, ...)."
                )
            default:
                (ja, en) = ("文字コードを判別できない 8 ビットの文字があります。", "8-bit bytes of unknown encoding.")
            }
            return Finding(
                .warning, "mail.\(hint.code.rawValue)",
                LocalizedText(ja: "\(ja)（\(hint.detail)）", en: "\(en) (\(hint.detail))"))
        }
    }
}
