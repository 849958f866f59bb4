/// Text from a case made safe for a terminal: control characters (ESC sequences that retitle
/// or recolour the terminal, newlines that break the table) are shown as `\xNN`, and the
/// characters that reorder text (`report\u{202E}fdp.exe` shown as `reportexe.pdf`) or break lines
/// without being control characters as `\u{NNNN}`.
enum TerminalText {
    static func safe(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            } else if isReorderingOrBreak(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Bidirectional marks, embeddings, overrides and isolates; the line and paragraph separators.
    private static func isReorderingOrBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
