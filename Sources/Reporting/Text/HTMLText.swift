/// Customer text made inert for HTML: `<`, `>`, `&`, `"` and `'` as character references,
/// control characters as U+FFFD (HTML5 forbids them).
public enum HTMLText {
    /// The escaped text, safe in element content and in quoted attribute values.
    public static func escaped(_ text: String) -> String {
        // Most texts need nothing: they are returned as they are, not rebuilt character by character.
        let marked = text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
            default: false
            }
        }
        if !marked && !PlainText.hasControls(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in PlainText.withoutControls(text) {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
