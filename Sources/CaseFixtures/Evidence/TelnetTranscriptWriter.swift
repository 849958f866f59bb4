import Formats

/// Writes what a customer copies from a Windows command prompt after
/// `telnet mail.example.co.jp 25`: a session that got the SMTP greeting, or the failure.
///
/// Failure wording: English from Microsoft's "test SMTP with telnet" article (samples
/// `telnet/EXCERPT-…`); the Japanese is the Japanese Windows telnet client's message.
public enum TelnetTranscriptWriter {
    /// Which session to write.
    public enum Session: String, Sendable, CaseIterable {
        /// Connected: greeting, HELO, QUIT.
        case connected
        /// The connection could not be opened (English Windows).
        case failedEnglish
        /// The connection could not be opened (Japanese Windows).
        case failedJapanese
    }

    /// The transcript text with CRLF line breaks.
    public static func text(_ session: Session) -> String {
        let prompt = "C:\\Users\\Administrator>telnet mail.example.co.jp 25"
        let lines: [String]
        switch session {
        case .connected:
            lines = [
                prompt, "220 mail.example.co.jp ESMTP Postfix", "HELO SPNT-SV01", "250 mail.example.co.jp",
                "QUIT", "221 2.0.0 Bye", "", "Connection to host lost.",
            ]
        case .failedEnglish:
            lines = [
                prompt,
                "Connecting To mail.example.co.jp...Could not open connection to the host, on port 25: Connect failed",
            ]
        case .failedJapanese:
            lines = [prompt, "接続中: mail.example.co.jp...ホストへの接続を開けませんでした。 ポート 25: 接続に失敗しました"]
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The transcript as saved from Notepad: UTF-8 by default, CP932 for older Japanese Windows.
    public static func bytes(_ session: Session, encoding: TextEncoding = .utf8) -> [UInt8] {
        EvidenceTextEncoder.encode(text(session), as: encoding)
    }
}
