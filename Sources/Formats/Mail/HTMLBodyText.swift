import Foundation

/// The text a reader sees in an HTML mail body: tags dropped, line breaks where blocks end,
/// entities decoded, scripts, styles and comments left out. For mails sent as HTML alone, so that
/// a password or a hearing sheet pasted into one is read like a plain-text body.
///
/// One pass over the bytes, bounded by the body (at most `MailMessageReader.bodyTextBytes`); a
/// tag that never closes ends the text.
enum HTMLBodyText {
    /// Elements whose end (or, for `br` and `hr`, whose tag) ends a line.
    private static let lineEnding: Set<String> = [
        "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr", "pre", "ul",
        "ol", "dt", "dd", "address",
    ]
    /// Elements whose content is not text a reader sees.
    private static let hidden: Set<String> = ["script", "style", "head", "title", "template", "noscript"]
    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)

    static func text(of html: String) -> String {
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count / 2)
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "<") else {
                // Source line breaks are spaces in HTML; breaks come from the elements.
                text.append(byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0x20 : byte)
                position += 1
                continue
            }
            if bytes[position...].starts(with: commentStart) {
                position = end(of: commentEnd, in: bytes, from: position + commentStart.count)
                continue
            }
            guard let close = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = bytes[(position + 1)..<close]
            let closing = tag.first == UInt8(ascii: "/")
            let name = String(
                decoding: tag.drop { $0 == UInt8(ascii: "/") }.prefix { isNameByte($0) }, as: UTF8.self
            ).lowercased()
            position = close + 1
            if !closing, hidden.contains(name) {
                position = end(of: Array("</\(name)".utf8), in: bytes, from: position, caseInsensitive: true)
                if let after = bytes[min(position, bytes.count)...].firstIndex(of: UInt8(ascii: ">")) {
                    position = after + 1
                }
                continue
            }
            if lineEnding.contains(name), closing || name == "br" || name == "hr" || name == "p" || name == "div" {
                text.append(0x0A)
            } else if name == "td" || name == "th", !closing {
                text.append(0x20)
            }
        }
        return tidy(
            XMLEntities.decode(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "&nbsp;", with: " ")))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// The index just past the first `marker` at or after `start`, or the end of `bytes`.
    private static func end(of marker: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false)
        -> Int
    {
        guard let first = marker.first, start < bytes.count else { return bytes.count }
        var index = start
        while index + marker.count <= bytes.count {
            if lower(bytes[index]) == first,
                zip(bytes[index..<(index + marker.count)], marker).allSatisfy({
                    (caseInsensitive ? lower($0) : $0) == $1
                })
            {
                return index + marker.count
            }
            index += 1
        }
        return bytes.count
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Lines without the spaces HTML source leaves around them, no-break spaces as spaces, and
    /// at most one blank line in a row.
    private static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        let spaced = text.replacingOccurrences(of: "\u{00A0}", with: " ")
        for line in spaced.split(separator: "\n", omittingEmptySubsequences: false) {
            let kept = Substring(line.trimmingCharacters(in: .whitespaces))
            blank = kept.isEmpty ? blank + 1 : 0
            if blank <= 1 { lines.append(kept) }
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
