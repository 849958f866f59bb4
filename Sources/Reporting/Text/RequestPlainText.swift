import Markdown

/// The checklist's request Markdown as the plain text of a mail: blocks apart by a blank line,
/// numbered lists kept with their numbers, bullets as `・` / `-`, code blocks as indented lines.
public enum RequestPlainText {
    /// - Parameter bullet: the bullet mark of the mail's language.
    public static func text(_ markdown: String, bullet: String) -> String {
        render(MarkdownDocument.parse(markdown), indent: "", bullet: bullet).joined(separator: "\n")
            .trimmingCharacters(in: .newlines)
    }

    private static func render(_ blocks: [MarkdownBlock], indent: String, bullet: String) -> [String] {
        var lines: [String] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { lines.append("") }
            switch block {
            case .heading(_, let text), .paragraph(let text), .html(let text):
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
            case .codeBlock(_, let code):
                lines += code.split(separator: "\n").map { indent + "    " + $0 }
            case .list(let ordered, let items):
                for (number, item) in items.enumerated() {
                    let mark = ordered ? "\(number + 1). " : bullet
                    let inner = render(item, indent: String(repeating: " ", count: mark.count), bullet: bullet)
                    for (line, text) in inner.enumerated() {
                        lines.append(text.isEmpty ? "" : indent + (line == 0 ? mark + text.drop { $0 == " " } : text))
                    }
                }
            case .blockQuote(let inner):
                lines += render(inner, indent: indent + "> ", bullet: bullet)
            case .thematicBreak:
                lines.append(indent + "----")
            }
        }
        return lines
    }
}
