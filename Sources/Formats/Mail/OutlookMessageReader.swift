import Foundation

/// Reads the envelope of an Outlook `.msg` (MS-OXMSG in an MS-CFB compound file): subject,
/// sender, display-to, times and the transport headers when the message was received. A .msg
/// is small, so the file is buffered up to `maxBytes` and then parsed; beyond that, or when the
/// structures are broken, the summary says what could not be read.
public struct OutlookMessageReader: ByteStreamParser {
    /// The largest file that is buffered and parsed.
    public static let maxBytes = 32 * 1024 * 1024

    private var buffer: [UInt8] = []
    private var byteCount = 0

    /// Creates a reader.
    public init() {}

    /// Buffers the next block, up to the bound.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        byteCount &+= bytes.count
        let room = Self.maxBytes &- buffer.count
        if room > 0 { buffer.append(contentsOf: bytes.prefix(room)) }
    }

    /// Parses the buffered file.
    public mutating func finish() -> MailMessageSummary {
        var summary = MailMessageSummary()
        summary.container = .outlookMessage
        summary.byteCount = byteCount
        defer { buffer = [] }
        if byteCount > Self.maxBytes {
            summary.damage.append("larger than \(Self.maxBytes) bytes: only the start was read")
        }
        guard let file = CompoundFile(buffer) else {
            summary.damage.append("not an OLE compound file, or its header is damaged")
            return summary
        }
        summary.damage.append(contentsOf: file.problems.prefix(8))
        var streams: [String: [UInt8]] = [:]
        var properties: [UInt8] = []
        var cutStreams = 0
        for entry in file.children(of: 0) where entry.type == 2 {
            // [MS-OXMSG 2.1.3] property streams __substg1.0_<tag>, fixed values in __properties_version1.0.
            let content =
                entry.name.hasPrefix("__substg1.0_") || entry.name == "__properties_version1.0"
                ? file.content(of: entry) : []
            if content.count < Int(min(entry.size, 1 << 20)), cutStreams < 8 {
                cutStreams &+= 1
                summary.damage.append("stream \(entry.name) is cut short: \(content.count) of \(entry.size) bytes")
            }
            if entry.name.hasPrefix("__substg1.0_"), entry.size <= 1 << 20 {
                streams[String(entry.name.dropFirst(12)).uppercased()] = content
            } else if entry.name == "__properties_version1.0" {
                properties = content
            }
        }
        guard !streams.isEmpty || !properties.isEmpty else {
            summary.damage.append("no message property streams found (not an Outlook item, or damaged)")
            return summary
        }
        summary.messageCount = 1
        summary.subject = string(streams, "0037")  // PidTagSubject
        summary.rawSubject = summary.subject
        let senderName = string(streams, "0C1A")  // PidTagSenderName
        let senderAddress = string(streams, "0C1F")  // PidTagSenderEmailAddress
        summary.from = [senderName, senderAddress.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " ")
        if summary.from?.isEmpty == true { summary.from = nil }
        summary.to = string(streams, "0E04")  // PidTagDisplayTo
        // PidTagBody: a reply's text, which may carry a filled hearing sheet.
        summary.bodyText = string(streams, "1000").map { String($0.prefix(MailMessageReader.bodyTextBytes)) }
        let times = OutlookPropertyTimes(properties)
        summary.date = times.submitted ?? times.delivered
        if let headers = string(streams, "007D") {  // PidTagTransportMessageHeaders
            fill(&summary, fromTransportHeaders: headers)
        }
        if let charset = summary.parts.first?.charset { summary.declaredCharsets = [charset] }
        return summary
    }

    /// A string property: `001F` is UTF-16LE, `001E` is 8-bit in the message code page.
    private func string(_ streams: [String: [UInt8]], _ id: String) -> String? {
        if let unicode = streams[id + "001F"] {
            let text = unicode.withUnsafeBytes { TextDecoding.decode($0, as: .utf16LE) }
            return text.trimmingCharacters(in: CharacterSet(charactersIn: "\0"))
        }
        if let eightBit = streams[id + "001E"] {
            return MailCharset.decodeLeniently(Array(eightBit.prefix(while: { $0 != 0 })), charset: "utf-8")
        }
        return nil
    }

    /// Received messages keep their Internet headers: take Date, Message-ID and the missing fields.
    private func fill(_ summary: inout MailMessageSummary, fromTransportHeaders text: String) {
        var reader = MailMessageReader()
        reader.consume(Array((text + "\r\n\r\n").utf8))
        let headers = reader.finish()
        summary.date = headers.date ?? summary.date
        summary.messageID = headers.messageID
        if summary.from == nil { summary.from = headers.from }
        if summary.to == nil { summary.to = headers.to }
        summary.parts = Array(headers.parts.prefix(1))
        summary.hints = headers.hints.filter { $0.code == .raw8BitHeader }
    }
}
