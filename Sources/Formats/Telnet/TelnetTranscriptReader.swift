/// Reads a transcript of a telnet session to a mail server, as copied from a Windows console
/// (Japanese or English) or a Unix terminal, streaming line by line.
public struct TelnetTranscriptReader: ByteStreamParser {
    /// The most reply lines kept.
    public static let maxReplies = 64

    private var lines = LineReader(maxLineBytes: 8 * 1024)
    private var transcript = TelnetTranscript()

    /// Creates a reader.
    public init() {}

    /// Feeds the next block.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        var transcript = self.transcript
        lines.push(bytes) { Self.read($0.text, number: $0.number, into: &transcript) }
        self.transcript = transcript
    }

    /// Ends the text and returns the transcript.
    public mutating func finish() -> TelnetTranscript {
        var transcript = self.transcript
        lines.finish { Self.read($0.text, number: $0.number, into: &transcript) }
        return transcript
    }

    /// Reads text pasted elsewhere (a hearing sheet's answer).
    public static func parse(text: String) -> TelnetTranscript {
        var transcript = TelnetTranscript()
        var number = 0
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines {
            number &+= 1
            read(String(line), number: number, into: &transcript)
        }
        return transcript
    }

    static func read(_ raw: String, number: Int, into transcript: inout TelnetTranscript) {
        transcript.lineCount = number
        let line = withoutOverstrike(raw).trimmingASCIISpaces()
        if transcript.host == nil { readCommand(line, into: &transcript) }
        if TelnetTranscriptSignature.failureWords.contains(where: { line.contains($0) }) {
            if transcript.failureText == nil { transcript.failureText = line }
            if transcript.outcome == .unknown { transcript.outcome = .failed }
            if transcript.host == nil, let host = connectingHost(line) { transcript.host = host }
            if transcript.port == nil, let port = failurePort(line) { setPort(port, &transcript) }
        }
        guard line.count >= 3, let code = Int(line.prefix(3)), (200...599).contains(code),
            line.count == 3 || [" ", "-"].contains(line.dropFirst(3).first)
        else { return }
        if code == 220, let identity = MailServerIdentity.parseBanner(line) {
            transcript.bannerCount &+= 1
            if transcript.banner == nil {
                transcript.banner = line
                transcript.server = identity
                if transcript.outcome == .unknown { transcript.outcome = .connected }
                return
            }
        }
        if transcript.banner != nil, transcript.replies.count < maxReplies {
            transcript.replies.append(.init(code: code, text: line, line: number))
        }
    }

    /// `telnet host port`, `open host port` (Windows `Microsoft Telnet>` prompt), after a shell prompt.
    private static func readCommand(_ line: String, into transcript: inout TelnetTranscript) {
        var command = Substring(line)
        if let prompt = command.lastIndex(of: ">") { command = command[command.index(after: prompt)...] }
        command = command.drop(while: { "%$# \t".contains($0) })
        let words = command.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2 || words.count == 3 else { return }
        let verb = words[0].lowercased()
        guard verb == "telnet" || verb == "open" || verb == "o" else { return }
        let port = words.count == 3 ? Int(words[2]) : 23  // telnet's own port when none is given
        guard let port, isHostName(words[1]) else { return }
        transcript.host = String(words[1])
        setPort(port, &transcript)
    }

    private static func setPort(_ port: Int, _ transcript: inout TelnetTranscript) {
        transcript.port = port
        transcript.port25 = port == 25
        transcript.portNot25 = port != 25
    }

    private static func isHostName(_ word: Substring) -> Bool {
        !word.isEmpty && word.count <= 253
            && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:_".contains($0)) }
    }

    /// Windows: `Connecting To mail1.fabrikam.com...Could not open connection ...`.
    private static func connectingHost(_ line: String) -> String? {
        for marker in ["Connecting To ", "Connecting to ", "接続中: ", "接続中 "] {
            guard let range = line.range(of: marker) else { continue }
            let host = line[range.upperBound...].split(separator: "...").first
            if let host, isHostName(host) { return String(host) }
        }
        return nil
    }

    /// `… on port 25: Connect failed` / `ポート 25: 接続に失敗しました`.
    private static func failurePort(_ line: String) -> Int? {
        for marker in ["on port ", "ポート "] {
            guard let range = line.range(of: marker) else { continue }
            return Int(line[range.upperBound...].prefix(while: { $0.isNumber }))
        }
        return nil
    }

    /// nroff bold: `X\bX` pairs (a character, backspace, the character again) become one character.
    private static func withoutOverstrike(_ text: String) -> String {
        guard text.contains("\u{8}") else { return text }
        var result: [Character] = []
        for character in text {
            if character == "\u{8}" {
                if !result.isEmpty { result.removeLast() }
            } else {
                result.append(character)
            }
        }
        return String(result)
    }
}
