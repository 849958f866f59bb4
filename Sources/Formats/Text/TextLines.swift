/// The first lines of a text, as `text.split(omittingEmptySubsequences:whereSeparator: \.isNewline)
/// .prefix(limit)` gives them, found on UTF-8 bytes. Splitting by `Character` costs hundreds of
/// instructions a character, and the signatures split every received text file's head; here a
/// line costs a byte scan, and the scan stops after `limit` lines.
///
/// The lines are the same: a `Character` is a newline exactly when it is LF, VT, FF, CR, NEL,
/// U+2028 or U+2029 alone or CR LF (these are control characters, so no other scalar joins them
/// in a grapheme cluster), and CR LF is one separator.
public enum TextLines {
    /// Up to `limit` lines of `text`; empty lines are left out unless `omittingEmpty` is false.
    public static func split(_ text: Substring, limit: Int, omittingEmpty: Bool = true) -> [Substring] {
        var lines: [Substring] = []
        guard limit > 0 else { return lines }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        let end = utf8.endIndex
        func add(upTo lineEnd: String.Index) -> Bool {
            if !omittingEmpty || lineStart != lineEnd { lines.append(text[lineStart..<lineEnd]) }
            return lines.count >= limit
        }
        while index != end {
            let byte = utf8[index]
            var length = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                length = 1
            case 0x0D:
                let next = utf8.index(after: index)
                length = next != end && utf8[next] == 0x0A ? 2 : 1
            case 0xC2:
                let next = utf8.index(after: index)
                if next != end, utf8[next] == 0x85 { length = 2 }
            case 0xE2:
                let second = utf8.index(after: index)
                if second != end, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != end, utf8[third] == 0xA8 || utf8[third] == 0xA9 { length = 3 }
                }
            default:
                break
            }
            if length == 0 {
                index = utf8.index(after: index)
                continue
            }
            if add(upTo: index) { return lines }
            index = utf8.index(index, offsetBy: length)
            lineStart = index
        }
        if !omittingEmpty || lineStart != end { _ = add(upTo: end) }
        return lines
    }

    /// `text.prefix(characters)` without walking the characters of a text that has no more bytes
    /// than that (a character is at least one byte).
    public static func head(_ text: String, characters: Int) -> Substring {
        text.utf8.count <= characters ? text[...] : text.prefix(characters)
    }

    /// Up to `limit` lines of a whole string.
    public static func split(_ text: String, limit: Int, omittingEmpty: Bool = true) -> [Substring] {
        split(text[...], limit: limit, omittingEmpty: omittingEmpty)
    }
}
