/// Tells a transcript of the checklist's connectivity check (`telnet <mail server> 25`, item 7)
/// from other text: the command, the greeting of an SMTP server or Windows telnet's failure words.
public enum TelnetTranscriptSignature {
    /// Windows telnet's words when the connection fails, in English and Japanese.
    public static let failureWords = [
        "Could not open connection", "Connect failed", "接続できませんでした", "接続を開けませんでした", "接続に失敗しました",
    ]

    /// Recognises a transcript from decoded text.
    public static func matches(decodedHead text: String) -> Bool {
        // A transcript shows an SMTP greeting or telnet's failure words; most text has neither.
        guard text.contains("220 ") || failureWords.contains(where: { text.contains($0) }) else { return false }
        let lines = TextLines.split(text, limit: 400)
        let command = lines.contains { line in
            let trimmed = line.drop(while: { $0 == " " || $0 == ">" || $0 == "$" || $0 == "#" || $0 == "\t" })
            return trimmed.lowercased().hasPrefix("telnet ") || trimmed.hasPrefix("Connecting To ")
                || trimmed.hasPrefix("接続中")
        }
        let greeting = lines.contains { line in
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            return trimmed.hasPrefix("220 ")
                && (trimmed.contains("SMTP") || trimmed.contains("Postfix")
                    || trimmed.contains("Sendmail") || trimmed.contains("ready"))
        }
        let failure = lines.contains { line in failureWords.contains { line.contains($0) } }
        return (command && (greeting || failure)) || (greeting && failure)
            || (greeting && lines.contains { $0.contains("quit") || $0.contains("QUIT") })
    }
}
