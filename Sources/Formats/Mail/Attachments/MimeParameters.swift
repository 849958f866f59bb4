import Foundation

/// The parameters of a structured header field (`type/subtype; key=value; …`, RFC 2045 §5.1)
/// read from its bytes, with file names decoded in every form mailers send: RFC 2231 extended
/// values and continuations (`filename*=ISO-2022-JP''%1B…`, `filename*0*=`), RFC 2047 encoded
/// words in a quoted value (`"=?ISO-2022-JP?B?…?="`), and raw 8-bit CP932 or UTF-8.
struct MimeParameters {
    /// The field's value before the first `;`, lower-cased (`multipart/mixed`, `attachment`).
    let value: String
    /// Each parameter's raw value (quotes and escapes removed), keys lower-cased as written
    /// (`filename*0*`).
    private(set) var raw: [String: [UInt8]] = [:]

    /// The most parameters read from one field; a hostile header gets no more.
    static let maxParameters = 256

    init(_ bytes: [UInt8]) {
        var pieces: [[UInt8]] = [[]]
        var quoted = false
        var escaped = false
        for byte in bytes {
            if escaped {
                pieces[pieces.count &- 1].append(byte)
                escaped = false
                continue
            }
            if quoted && byte == UInt8(ascii: "\\") {
                escaped = true
                continue
            }
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == UInt8(ascii: ";") && !quoted {
                guard pieces.count <= Self.maxParameters else { break }
                pieces.append([])
            } else {
                pieces[pieces.count &- 1].append(byte)
            }
        }
        value = String(decoding: pieces[0], as: UTF8.self).trimmingASCIISpaces().lowercased()
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = String(decoding: piece[..<equals], as: UTF8.self).trimmingASCIISpaces().lowercased()
            var parameter = Array(piece[(equals &+ 1)...])
            while let first = parameter.first, Self.isSpace(first) { parameter.removeFirst() }
            while let last = parameter.last, Self.isSpace(last) { parameter.removeLast() }
            if parameter.count >= 2, parameter.first == UInt8(ascii: "\""), parameter.last == UInt8(ascii: "\"") {
                parameter = Array(parameter.dropFirst().dropLast())
            }
            if !key.isEmpty, raw[key] == nil { raw[key] = parameter }
        }
    }

    /// A plain parameter (`boundary`, `charset`) as text.
    func text(_ key: String) -> String? {
        raw[key].map { String(decoding: $0, as: UTF8.self) }
    }

    /// A parameter that names something (`filename`, `name`), decoded: the RFC 2231 form wins
    /// over the plain one, as in RFC 2231 §4 and Python's `email` package.
    func decoded(_ key: String) -> String? {
        if let extended = extendedValue(key) { return extended }
        guard let plain = raw[key], !plain.isEmpty else { return nil }
        return EncodedWords.decode(plain).text
    }

    /// `key*=charset'language'percent-encoded`, or the sections `key*0`, `key*1*`, … joined.
    private func extendedValue(_ key: String) -> String? {
        var sections: [(index: Int, name: String, bytes: [UInt8], encoded: Bool)] = []
        if let single = raw[key + "*"] {
            sections.append((0, key + "*", single, true))
        } else {
            for (name, bytes) in raw where name.hasPrefix(key + "*") {
                var suffix = name.dropFirst(key.count &+ 1)
                let encoded = suffix.hasSuffix("*")
                if encoded { suffix = suffix.dropLast() }
                guard let index = Int(suffix), index >= 0, index < Self.maxParameters else { continue }
                sections.append((index, name, bytes, encoded))
            }
        }
        guard !sections.isEmpty else { return nil }
        // A hostile header repeats a section (`filename*0` and `filename*00*`): the first by name
        // counts, so the name never depends on the order a dictionary happens to keep.
        sections.sort { ($0.index, $0.name) < ($1.index, $1.name) }
        sections = sections.enumerated().filter { $0.offset == 0 || sections[$0.offset &- 1].index != $0.element.index }
            .map(\.element)
        var charset = "us-ascii"
        var joined: [UInt8] = []
        for (position, section) in sections.enumerated() {
            var bytes = section.bytes
            if section.encoded {
                if position == 0 {
                    // charset'language'value (§4); a value without the two quotes is taken whole.
                    let quotes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "'") }.prefix(2)
                    if quotes.count == 2 {
                        charset = String(decoding: bytes[..<quotes[0]], as: UTF8.self)
                        bytes = Array(bytes[(quotes[1] &+ 1)...])
                    }
                }
                joined.append(contentsOf: Self.percentDecoded(bytes))
            } else {
                joined.append(contentsOf: bytes)
            }
        }
        if charset.isEmpty || charset.lowercased() == "us-ascii" {
            return MailCharset.isValidUTF8(joined)
                ? String(decoding: joined, as: UTF8.self) : RawHeaderCharset.detect(joined)
        }
        return MailCharset.decodeLeniently(joined, charset: charset)
    }

    private static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index &+ 2 < bytes.count,
                let high = TransferDecoding.hexValue(bytes[index &+ 1]),
                let low = TransferDecoding.hexValue(bytes[index &+ 2])
            {
                output.append(high << 4 | low)
                index &+= 3
            } else {
                output.append(bytes[index])
                index &+= 1
            }
        }
        return output
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
