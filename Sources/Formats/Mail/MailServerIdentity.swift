import Foundation

/// Who a mail server says it is: its name, address, software and version, as read from an SMTP
/// greeting (`220 name text`, RFC 5321 §4.2), a telnet command or a log.
public struct MailServerIdentity: Sendable, Codable, Equatable {
    /// The host name the server greets with (or was addressed by).
    public var name: String?
    /// Its IP address, when known.
    public var ip: String?
    /// The server software guessed from the greeting: Postfix, Sendmail, Exim, qmail,
    /// Microsoft Exchange, …
    public var application: String?
    /// The software version when the greeting states it.
    public var version: String?

    /// Creates an identity.
    public init(name: String? = nil, ip: String? = nil, application: String? = nil, version: String? = nil) {
        self.name = name
        self.ip = ip
        self.application = application
        self.version = version
    }

    /// Reads a greeting line `220 mail.example.co.jp ESMTP Postfix (Ubuntu)` (also `220-`
    /// continuation form); nil when the line is no 220 greeting.
    public static func parseBanner(_ line: String) -> MailServerIdentity? {
        let trimmed = line.trimmingASCIISpaces()
        guard trimmed.hasPrefix("220 ") || trimmed.hasPrefix("220-") else { return nil }
        let words = trimmed.dropFirst(4).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var identity = MailServerIdentity()
        if let first = words.first,
            first.contains(".") || first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
            !["ESMTP", "SMTP"].contains(first.uppercased())
        {
            identity.name = first
            if first.split(separator: ".").count == 4, first.allSatisfy({ $0.isNumber || $0 == "." }) {
                identity.ip = first
            }
        }
        (identity.application, identity.version) = software(words)
        if identity.application == nil, let name = identity.name?.lowercased(),
            name.hasSuffix(".google.com") || name.hasSuffix(".gmail.com")
        {
            identity.application = "Google"
        }
        return identity
    }

    /// The application named in the greeting's words, and the version that follows it.
    static func software(_ words: [String]) -> (String?, String?) {
        let lowered = words.map { $0.lowercased() }
        let joined = lowered.joined(separator: " ")
        if joined.contains("microsoft esmtp mail service") || joined.contains("microsoft smtp") {
            return ("Microsoft Exchange", nil)
        }
        let known: [(word: String, name: String)] = [
            ("postfix", "Postfix"), ("sendmail", "Sendmail"), ("exim", "Exim"), ("qmail", "qmail"),
            ("communigate", "CommuniGate Pro"), ("interscan", "Trend Micro InterScan"), ("imss", "Trend Micro IMSS"),
            ("domino", "IBM Domino"), ("hmailserver", "hMailServer"), ("mailenable", "MailEnable"),
            ("zimbra", "Zimbra"), ("courier", "Courier"), ("opensmtpd", "OpenSMTPD"), ("haraka", "Haraka"),
        ]
        for (index, word) in lowered.enumerated() {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            guard let match = known.first(where: { bare == $0.word || bare.hasPrefix($0.word + "/") }) else { continue }
            var version: String?
            var next = index &+ 1
            if match.word == "communigate", next < words.count, lowered[next] == "pro" { next &+= 1 }
            if next < words.count, let digit = words[next].first, digit.isNumber {
                // Sendmail writes "8.14.9/8.12.11;": the first part is the MTA version.
                version = String(words[next].split(separator: "/").first ?? "")
                    .trimmingCharacters(in: CharacterSet(charactersIn: ";,"))
            }
            return (match.name, version)
        }
        return (nil, nil)
    }
}
