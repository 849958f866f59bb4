/// Cleaning of customer text before any renderer sees it: control characters (which HTML
/// forbids and terminals interpret) become U+FFFD; line breaks are normalised to `\n`.
public enum PlainText {
    /// The text with `\r\n`/`\r` as `\n`, tabs kept, other control characters as U+FFFD.
    public static func withoutControls(_ text: String) -> String {
        if !hasControls(text) { return text }
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var result = String.UnicodeScalarView()
        for scalar in unified.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: result.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether the text holds a character `withoutControls` changes: a C0 control other than tab
    /// and line feed (carriage returns included), DEL, or a C1 control (UTF-8 C2 80–C2 9F). Most
    /// of a report's texts hold none, and go through unchanged without being rebuilt.
    static func hasControls(_ text: String) -> Bool {
        var afterC2 = false
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || (afterC2 && byte <= 0x9F) {
                return true
            }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// The text on one line: line breaks and tabs become spaces.
    public static func singleLine(_ text: String) -> String {
        withoutControls(text).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }
}
