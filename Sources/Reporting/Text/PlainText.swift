/// Cleaning of customer text before any renderer sees it: control characters (which HTML
/// forbids and terminals interpret) become U+FFFD; line breaks are normalised to `\n`.
public enum PlainText {
    /// The text with `\r\n`/`\r` as `\n`, tabs kept, other control characters as U+FFFD.
    public static func withoutControls(_ text: String) -> String {
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

    /// The text on one line: line breaks and tabs become spaces.
    public static func singleLine(_ text: String) -> String {
        withoutControls(text).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }
}
