/// Customer text made inert for HTML: `<`, `>`, `&`, `"` and `'` as character references,
/// control characters as U+FFFD (HTML5 forbids them).
public enum HTMLText {
    /// The escaped text, safe in element content and in quoted attribute values.
    public static func escaped(_ text: String) -> String {
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
