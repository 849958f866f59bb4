/// A textual form of a parser's result in which equal results read the same: like
/// `String(reflecting:)`, but dictionaries and sets are listed in sorted order, because their
/// iteration order differs between two equal instances.
enum CanonicalText {
    static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary, .set:
            return "[" + mirror.children.map { of($0.value) }.sorted().joined(separator: ", ") + "]"
        case .struct, .class, .tuple, .enum, .collection, .optional:
            guard !mirror.children.isEmpty else { return String(reflecting: value) }
            let fields = mirror.children.map { ($0.label.map { $0 + ": " } ?? "") + of($0.value) }
            return "\(mirror.subjectType)(" + fields.joined(separator: ", ") + ")"
        default:
            return String(reflecting: value)
        }
    }
}
