extension TextDecoding {
    /// UTF-16 without a byte-order mark: Windows text is mostly ASCII (digits, tabs, names),
    /// whose UTF-16 form has a NUL in every other byte. Japanese-only text defeats this,
    /// which is acceptable: Windows writes a mark in front of it.
    static func utf16WithoutMark(_ bytes: UnsafeRawBufferPointer) -> TextEncoding? {
        let pairs = bytes.count / 2
        guard pairs >= 2 else { return nil }
        var evenNULs = 0, oddNULs = 0
        for pair in 0..<pairs {
            if bytes[pair &* 2] == 0 { evenNULs &+= 1 }
            if bytes[pair &* 2 &+ 1] == 0 { oddNULs &+= 1 }
        }
        // A third of the units look like ASCII in one byte order and almost none in the other.
        if oddNULs &* 3 >= pairs && evenNULs &* 10 <= oddNULs { return .utf16LE }
        if evenNULs &* 3 >= pairs && oddNULs &* 10 <= evenNULs { return .utf16BE }
        return nil
    }

    /// Control bytes other than tab, CR, LF, form feed, ESC (ISO-2022-JP) and backspace (the
    /// overstrike of man pages and READMEs rendered by nroff) in more than one byte out of twenty.
    /// Random or compressed bytes hold 26 such values out of 256, 10.2 % give or take half a point
    /// over 4 KiB: one in ten called one such head in six text.
    static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard !bytes.isEmpty else { return false }
        var controls = 0
        for byte in bytes
        where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
            && byte != 0x0C && byte != 0x1B && byte != 0x08
        {
            controls &+= 1
        }
        return controls &* 20 > bytes.count
    }

    /// Well-formed UTF-8, tolerating a sequence cut off by the end of the window.
    static func isPlausibleUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: index &+= 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            var offset = 1
            while offset < length {
                let position = index &+ offset
                if position >= count { return true }
                if bytes[position] & 0xC0 != 0x80 { return false }
                offset &+= 1
            }
            index &+= length
        }
        return true
    }

    /// Byte pairs that fit CP932's lead/trail ranges, with at least one double-byte character
    /// (pure ASCII is reported as UTF-8 before this is asked).
    static func isPlausibleCP932(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        var doubleByte = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            switch lead {
            case 0x00...0x80, 0xA0...0xDF:
                index &+= 1
            case 0x81...0x9F, 0xE0...0xFC:
                let trailIndex = index &+ 1
                if trailIndex >= count { return doubleByte > 0 }
                let trail = bytes[trailIndex]
                guard (0x40...0x7E).contains(trail) || (0x80...0xFC).contains(trail) else { return false }
                doubleByte &+= 1
                index &+= 2
            default:
                return false
            }
        }
        return doubleByte > 0
    }
}
