/// A small incremental scanner of XML markup, fed one code unit at a time (a UTF-16 unit,
/// or a byte for 8-bit encodings), that reports tags and text without building a tree.
///
/// It knows just enough XML for msinfo32 `.nfo` files: start/end/empty tags with quoted
/// attributes, text, `<![CDATA[...]]>`, comments and processing instructions. Every
/// buffer is bounded; longer content is cut and marked.
struct MarkupScanner {
    enum Event {
        /// `<name attrs>` or `<name/>`; `raw` is the tag without `<`, `>` and a final `/`.
        case start(name: String, raw: [UInt16], empty: Bool)
        case end(name: String)
        /// Character data or CDATA content, still encoded (units).
        case text([UInt16], isCDATA: Bool)
    }

    private enum State { case text, tag, cdata, comment }

    static let maxUnits = 4096
    private var state = State.text
    private var buffer: [UInt16] = []
    private(set) var overflowedItems = 0
    private var overflowed = false

    private static let cdataOpen = Array("![CDATA[".utf16)
    private static let commentOpen = Array("!--".utf16)

    mutating func feed(_ unit: UInt16) -> Event? {
        switch state {
        case .text:
            if unit == 0x3C {  // "<"
                let event = buffer.isEmpty ? nil : Event.text(take(), isCDATA: false)
                state = .tag
                return event
            }
            append(unit)
        case .tag:
            if unit == 0x3E {  // ">"
                state = .text
                return tagEvent(take())
            }
            append(unit)
            if buffer.count == Self.cdataOpen.count, buffer == Self.cdataOpen {
                buffer.removeAll(keepingCapacity: true)
                state = .cdata
            } else if buffer.count == Self.commentOpen.count, buffer == Self.commentOpen {
                state = .comment
            }
        case .cdata:
            append(unit)
            if unit == 0x3E, buffer.count >= 3, buffer[buffer.count - 2] == 0x5D, buffer[buffer.count - 3] == 0x5D {
                buffer.removeLast(3)
                state = .text
                return .text(take(), isCDATA: true)
            }
        case .comment:
            // Only the last three units matter to find "-->".
            append(unit)
            if unit == 0x3E, buffer.count >= 3, buffer[buffer.count - 2] == 0x2D, buffer[buffer.count - 3] == 0x2D {
                buffer.removeAll(keepingCapacity: true)
                state = .text
            } else if buffer.count > 8 {
                buffer.removeFirst(buffer.count - 3)
            }
        }
        return nil
    }

    private mutating func append(_ unit: UInt16) {
        if buffer.count < Self.maxUnits {
            buffer.append(unit)
        } else if state == .cdata {
            // Keep the last two units so the closing "]]>" is still found.
            buffer[buffer.count - 2] = buffer[buffer.count - 1]
            buffer[buffer.count - 1] = unit
            overflowed = true
        } else {
            overflowed = true
        }
    }

    private mutating func take() -> [UInt16] {
        if overflowed { overflowedItems &+= 1 }
        overflowed = false
        let taken = buffer
        buffer.removeAll(keepingCapacity: true)
        return taken
    }

    private func tagEvent(_ raw: [UInt16]) -> Event? {
        guard let first = raw.first, first != 0x3F, first != 0x21 else { return nil }  // "?", "!"
        if first == 0x2F {  // "/"
            return .end(name: Self.name(of: raw.dropFirst()))
        }
        let empty = raw.last == 0x2F
        let body = empty ? Array(raw.dropLast()) : raw
        return .start(name: Self.name(of: body[...]), raw: body, empty: empty)
    }

    private static func name(of raw: ArraySlice<UInt16>) -> String {
        let end = raw.firstIndex { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x2F } ?? raw.endIndex
        return String(decoding: raw[raw.startIndex..<end], as: UTF16.self)
    }

    /// The value of `attribute="..."` (or single-quoted) in a start tag's units.
    static func attribute(_ attribute: String, in raw: [UInt16]) -> [UInt16]? {
        let pattern = Array(" \(attribute)=".utf16)
        guard raw.count > pattern.count else { return nil }
        var index = 0
        while index &+ pattern.count < raw.count {
            if raw[index..<(index &+ pattern.count)].elementsEqual(pattern) {
                let quote = raw[index &+ pattern.count]
                let start = index &+ pattern.count &+ 1
                guard quote == 0x22 || quote == 0x27, start <= raw.count else { return nil }
                let end = raw[start...].firstIndex(of: quote) ?? raw.count
                return Array(raw[start..<end])
            }
            index &+= 1
        }
        return nil
    }
}
