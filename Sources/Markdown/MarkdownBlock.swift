/// A Markdown document as plain Swift values, copied out of cmark's tree so that no C pointer
/// leaves this module (as swift-markdown does).
public indirect enum MarkdownBlock: Sendable, Equatable {
    case heading(level: Int, text: String)
    case paragraph(String)
    /// A list; `items` hold each item's blocks.
    case list(ordered: Bool, items: [[MarkdownBlock]])
    case codeBlock(info: String, code: String)
    case blockQuote([MarkdownBlock])
    case thematicBreak
    /// Raw HTML written in the source: kept as text for reading, never rendered.
    case html(String)

    /// The block's text with inline markup removed; lists and quotes joined by newlines.
    public var plainText: String {
        switch self {
        case .heading(_, let text), .paragraph(let text), .html(let text): return text
        case .codeBlock(_, let code): return code
        case .list(_, let items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .blockQuote(let blocks): return blocks.map(\.plainText).joined(separator: "\n")
        case .thematicBreak: return ""
        }
    }
}
