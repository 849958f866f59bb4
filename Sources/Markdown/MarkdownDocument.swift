import CMark
import Foundation

/// Reads and renders CommonMark through cmark 0.30: the only code in the package that calls cmark.
public enum MarkdownDocument {
    /// Parses `text` into blocks (`cmark_parse_document`, then a walk with `cmark_iter`).
    /// Invalid UTF-8 becomes U+FFFD (`CMARK_OPT_VALIDATE_UTF8`).
    public static func parse(_ text: String) -> [MarkdownBlock] {
        let root: OpaquePointer? = text.withCString { cmark_parse_document($0, strlen($0), CMARK_OPT_VALIDATE_UTF8) }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return children(of: root)
    }

    /// Renders `text` as an HTML fragment. Raw HTML is omitted and `javascript:`, `vbscript:`,
    /// `file:` and most `data:` links are emptied: `CMARK_OPT_UNSAFE` is never set (FORMATS.md §5).
    public static func html(_ text: String) -> String {
        let options = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART
        guard let rendered = text.withCString({ cmark_markdown_to_html($0, strlen($0), options) }) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static func children(of node: OpaquePointer) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let block = block(current) { blocks.append(block) }
            child = cmark_node_next(current)
        }
        return blocks
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), text: inlineText(node))
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlineText(node))
        case CMARK_NODE_LIST:
            var items: [[MarkdownBlock]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current))
                item = cmark_node_next(current)
            }
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, items: items)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(children(of: node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_HTML_BLOCK:
            return .html(string(cmark_node_get_literal(node)))
        default:
            return nil
        }
    }

    /// The literal text of a block's inline nodes; soft and hard breaks become newlines.
    private static func inlineText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                text += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += "\n"
            default:
                break
            }
        }
        return text
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
