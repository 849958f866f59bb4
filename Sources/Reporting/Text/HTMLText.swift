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
        // By UTF-8 bytes, as the browser reads them: a quote followed by a combining mark is one
        // Character to Swift, and would be missed, but still a quote that ends an attribute.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in PlainText.withoutControls(text).utf8 {
            switch byte {
            case UInt8(ascii: "<"): result += Array("&lt;".utf8)
            case UInt8(ascii: ">"): result += Array("&gt;".utf8)
            case UInt8(ascii: "&"): result += Array("&amp;".utf8)
            case UInt8(ascii: "\""): result += Array("&quot;".utf8)
            case UInt8(ascii: "'"): result += Array("&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
