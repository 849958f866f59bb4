import Formats
import Foundation

/// Whether a text file's content allows the kind its name suggests. The text signatures decide
/// on their own; a name only chooses among the kinds the content leaves open, so a Python
/// script named `telnet-unclosed-suboption.pcapng.py` stays text: program source allows no
/// evidence kind, and a transcript needs at least a telnet command, an SMTP reply or telnet's
/// failure words.
enum NameHintAllowance {
    /// Whether `text` (the decoded start of the file) may be `kind`.
    static func allows(_ kind: EvidenceKind, text: String) -> Bool {
        let lines = TextLines.split(text, limit: 400)[...]
        if looksLikeProgram(lines) { return false }
        switch kind {
        case .telnetTranscript:
            return lines.contains { isTelnetCommand($0) || isSmtpReply($0) }
                || lines.contains { line in TelnetTranscriptSignature.failureWords.contains { line.contains($0) } }
        case .spntLog, .mailServerLog, .eventLogExport:
            // Logs and exports of logs carry times.
            return lines.prefix(200).contains { LogTimestampScanner.scan(String($0)) != nil || isSyslogStamped($0) }
        case .msinfoText:
            return ["System Name", "OS Name", "システム名", "OS 名", "[System Summary]", "[システムの要約]"]
                .contains { text.contains($0) }
        case .hearingSheet:
            let lowered = text.lowercased()
            return ["ヒアリング", "hearing", "questionnaire"].contains { lowered.contains($0) }
        default:
            return true
        }
    }

    /// Program source: a `#!` line first, or several lines that only code starts with.
    static func looksLikeProgram(_ lines: ArraySlice<Substring>) -> Bool {
        if let first = lines.first, first.hasPrefix("#!") || first.hasPrefix("<?php") { return true }
        let starters = [
            "import ", "from ", "def ", "class ", "#include ", "package ", "using ", "function ", "public class ",
            "const ", "require(", "require ", "fn ", "func ", "static ",
        ]
        let code = lines.filter { line in
            starters.contains { line.hasPrefix($0) }
                && (line.hasSuffix(":") || line.hasSuffix(";")
                    || line.hasSuffix("{") || line.hasSuffix(")") || !line.contains(" ") || isImport(line))
        }
        return code.count >= 2
    }

    /// `import x`, `import x.y as z`, `from x import y`.
    private static func isImport(_ line: Substring) -> Bool {
        line.hasPrefix("import ") || (line.hasPrefix("from ") && line.contains(" import "))
    }

    /// `telnet <host> [port]` at the end of a line, after whatever prompt.
    static func isTelnetCommand(_ line: Substring) -> Bool {
        guard let range = line.range(of: "telnet ", options: .caseInsensitive) else { return false }
        let arguments = line[range.upperBound...].split(separator: " ")
        guard (1...2).contains(arguments.count), let host = arguments.first else { return false }
        let hostCharacters = host.allSatisfy { $0.isLetter || $0.isNumber || ".-:[]_".contains($0) }
        return hostCharacters && (arguments.count == 1 || arguments[1].allSatisfy(\.isNumber))
    }

    /// An SMTP reply line: three digits from 2xx to 5xx, then a space or a hyphen (RFC 5321 §4.2).
    static func isSmtpReply(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        let characters = Array(trimmed.prefix(4))
        guard characters.count == 4, let first = characters[0].wholeNumberValue, (2...5).contains(first) else {
            return false
        }
        return characters[1].isNumber && characters[2].isNumber && (characters[3] == " " || characters[3] == "-")
    }

    /// A syslog line: `Nov 20 10:05:30 host …`.
    private static func isSyslogStamped(_ line: Substring) -> Bool {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard months.contains(where: { line.hasPrefix($0 + " ") }) else { return false }
        let time = line.dropFirst(4).drop { $0 == " " }.drop { $0.isNumber }.dropFirst().prefix(8)
        return time.count == 8 && time.filter { $0 == ":" }.count == 2
    }
}
