/// Tells a stored mail message (RFC 5322 `.eml`, or an mbox holding messages) from its first
/// lines, whatever the file is called.
public enum MailSignature {
    /// What the text looks like.
    public enum Kind: String, Sendable {
        /// Header fields from the first line (RFC 5322 §2.2).
        case message
        /// A Unix mbox: a `From ` separator line, then a message.
        case mbox
    }

    /// Header names that identify a message when at least two of them open the text.
    static let messageFields: Set<String> = [
        "from", "to", "cc", "subject", "date", "received", "message-id", "mime-version", "content-type",
        "return-path", "reply-to", "delivered-to", "x-mailer", "x-unsent", "content-transfer-encoding",
        "sender", "x-original-to", "dkim-signature", "authentication-results", "thread-topic", "x-ms-has-attach",
    ]

    /// Recognises a message from the decoded start of a file: by its header block as a whole, so
    /// one broken line among valid fields (a mailer's bug, a cut-and-paste) does not make it text.
    public static func kind(decodedHead text: String) -> Kind? {
        // The first line (after an mbox separator) must be a field: most text ends here.
        let opening = TextLines.split(text, limit: 2, omittingEmpty: false)
        guard let line = opening.first.flatMap({ $0.hasPrefix("From ") ? opening.dropFirst().first : $0 }),
            fieldName(String(line)) != nil
        else { return nil }
        var lines = TextLines.split(text, limit: 80, omittingEmpty: false).map(String.init)
        var kind = Kind.message
        if let first = lines.first, first.hasPrefix("From ") {
            kind = .mbox
            lines.removeFirst()
        }
        guard let first = lines.first, fieldName(first) != nil else { return nil }
        var known = 0
        var fields = 0
        var malformed = 0
        for line in lines {
            if line.isEmpty { break }  // the end of the header section
            if line.first == " " || line.first == "\t" { continue }  // folded continuation
            guard let name = fieldName(line) else {
                malformed += 1
                continue
            }
            fields += 1
            if messageFields.contains(name.lowercased()) { known += 1 }
        }
        // One broken line per three fields is damage in a header; more is prose that starts like one.
        return known >= 2 && fields >= 2 && malformed * 3 <= fields ? kind : nil
    }

    /// The name of a header field line `name: value` (RFC 5322 §2.2: printable ASCII, no space).
    private static func fieldName(_ line: String) -> Substring? {
        guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { return nil }
        let name = line[..<colon]
        return name.allSatisfy({ $0.isASCII && !$0.isWhitespace }) ? name : nil
    }
}
